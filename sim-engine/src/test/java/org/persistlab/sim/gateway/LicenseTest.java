package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.SECOND;
import static org.persistlab.sim.gateway.GatewayHarness.TRUNK;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.CallRefusal;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/** domain.md §2.2: licenses in registration order, emergency-only Avaya phones, refused third-party phones. */
class LicenseTest {
    /** Registration order deliberately differs from configuration order. */
    private static final int[] ORDER = {12, 3, 7, 1, 9, 11, 2, 5, 10, 4, 8, 6};

    private final List<GatewayUser> users = new ArrayList<>();
    private final GatewayHarness h;
    private final ScriptedPhone[] phones = new ScriptedPhone[13];

    LicenseTest() {
        for (int i = 1; i <= 12; i++) {
            users.add(new GatewayUser(Integer.toString(2000 + i), "pw" + i, "User " + i));
        }
        h = new GatewayHarness(GatewayHarness.defaults().endpointLicenses(10).build(), users);
        for (int i = 1; i <= 12; i++) {
            phones[i] = ScriptedPhone.avaya(h, Integer.toString(2000 + i), "pw" + i, "10.0.1." + i);
        }
    }

    private void registerInOrder() {
        for (int i : ORDER) {
            assertThat(phones[i].registerFully().statusCode()).isEqualTo(200);
            h.advanceBy(SECOND);
        }
    }

    @Test
    void tenLicensesGoToTheFirstTenToRegisterAndTheOtherTwoAreEmergencyOnly() {
        registerInOrder();
        for (int k = 0; k < ORDER.length; k++) {
            String ext = Integer.toString(2000 + ORDER[k]);
            assertThat(h.view().isRegistered(ext)).isTrue();
            assertThat(h.view().isLicensed(ext)).as("phone #%d to register", k + 1).isEqualTo(k < 10);
        }
        assertThat(h.out.events(GatewayEvent.LicenseGranted.class)).extracting(GatewayEvent::extension)
                .containsExactly("2012", "2003", "2007", "2001", "2009", "2011", "2002", "2005", "2010", "2004");
        assertThat(h.out.events(GatewayEvent.EmergencyOnlyRegistration.class)).extracting(GatewayEvent::extension)
                .containsExactly("2008", "2006");
        assertThat(h.view().licensesInUse()).isEqualTo(10);
        assertThat(h.core.counters().emergencyOnlyBindings()).isEqualTo(2);
    }

    @Test
    void anEmergencyOnlyPhoneReaches911AndNothingElse() {
        registerInOrder();
        ScriptedPhone limited = phones[8];
        assertThat(limited.send(limited.invite("911", "e-1", "z9hG4bK-e1"))).extracting(SipMessage::statusCode)
                .containsExactly(100);
        List<RecordingOutbox.Sent> atTrunk = h.out.take(TRUNK);
        assertThat(atTrunk).hasSize(1);
        assertThat(atTrunk.get(0).message().requestUri()).isEqualTo("sip:911@198.51.100.1:5060");

        assertThat(limited.send(limited.invite("2001", "e-2", "z9hG4bK-e2"))).extracting(SipMessage::statusCode)
                .containsExactly(100, 403);
        assertThat(limited.send(limited.invite("5551234", "e-3", "z9hG4bK-e3"))).extracting(SipMessage::statusCode)
                .containsExactly(100, 403);
        assertThat(phones[1].inbox()).isEmpty();
        assertThat(h.out.take(TRUNK)).isEmpty();
        assertThat(h.out.events(GatewayEvent.CallRouted.class)).extracting(GatewayEvent.CallRouted::kind)
                .containsExactly(CallKind.EMERGENCY);
        assertThat(h.out.events(GatewayEvent.CallRefused.class)).extracting(GatewayEvent.CallRefused::reason)
                .containsExactly(CallRefusal.EMERGENCY_ONLY, CallRefusal.EMERGENCY_ONLY);
        assertThat(h.view().trunkChannelsInUse()).as("emergency calls take no trunk channel").isZero();
    }

    @Test
    void aFreedLicenseGoesToTheEarliestEmergencyOnlyPhone() {
        registerInOrder();
        h.advanceTo(100 * SECOND);
        assertThat(phones[3].registerFully(0).statusCode()).isEqualTo(200);
        assertThat(h.view().isLicensed("2008")).as("2008 registered 11th").isTrue();
        assertThat(h.view().isEmergencyOnly("2006")).as("2006 registered 12th").isTrue();
        assertThat(h.out.events.subList(h.out.events.size() - 3, h.out.events.size())).containsExactly(
                new GatewayEvent.Unregistered(100 * SECOND, "2003", phones[3].addr, false),
                new GatewayEvent.LicenseReleased(100 * SECOND, "2003", phones[3].addr),
                new GatewayEvent.LicenseUpgraded(100 * SECOND, "2008", phones[8].addr));
        // The upgraded phone may now call anyone; a re-registering phone queues behind the pool.
        assertThat(phones[8].send(phones[8].invite("2001", "u-1", "z9hG4bK-u1"))).extracting(SipMessage::statusCode)
                .containsExactly(100);
        assertThat(phones[3].registerFully().statusCode()).isEqualTo(200);
        assertThat(h.view().isEmergencyOnly("2003")).isTrue();
        assertThat(h.view().licensesInUse()).isEqualTo(10);
    }

    @Test
    void aThirdPartyPhoneWithoutALicenseIsRefused() {
        registerInOrder();
        GatewayHarness h2 = new GatewayHarness(GatewayHarness.defaults().endpointLicenses(1).build(), users);
        ScriptedPhone avaya = ScriptedPhone.avaya(h2, "2001", "pw1", "10.0.1.1");
        ScriptedPhone softphone = new ScriptedPhone(h2, "2002", "pw2", Endpoint.parse("10.0.1.2:5060"), Transport.UDP,
                "Linphone/5.2.0 (belle-sip/5.2.0)");
        ScriptedPhone noAgent = new ScriptedPhone(h2, "2003", "pw3", Endpoint.parse("10.0.1.3:5060"), Transport.UDP,
                null);
        assertThat(avaya.registerFully().statusCode()).isEqualTo(200);
        assertThat(softphone.registerFully().statusCode()).isEqualTo(403);
        assertThat(noAgent.registerFully().statusCode()).isEqualTo(403);
        assertThat(h2.view().isRegistered("2002")).isFalse();
        assertThat(h2.view().isRegistered("2003")).isFalse();
        assertThat(h2.out.events(GatewayEvent.RegistrationRefused.class)).extracting(GatewayEvent.RegistrationRefused::reason)
                .containsExactly(RefusalReason.NO_LICENSE, RefusalReason.NO_LICENSE);
        // Once a license is free, the third-party phone registers licensed.
        avaya.registerFully(0);
        assertThat(softphone.registerFully().statusCode()).isEqualTo(200);
        assertThat(h2.view().isLicensed("2002")).isTrue();
    }

    @Test
    void onlyTheFirst384UsersAreCreated() {
        List<GatewayUser> many = new ArrayList<>();
        for (int i = 0; i < 385; i++) {
            many.add(new GatewayUser(Integer.toString(3000 + i), "p" + i, "U" + i));
        }
        GatewayHarness big = new GatewayHarness(GatewayHarness.defaults().build(), many);
        assertThat(big.core.directory().size()).isEqualTo(384);
        assertThat(big.core.directory().notCreated()).containsExactly(many.get(384));
        ScriptedPhone last = ScriptedPhone.avaya(big, "3384", "p384", "10.0.9.9");
        ScriptedPhone first = ScriptedPhone.avaya(big, "3000", "p0", "10.0.9.8");
        assertThat(last.registerFully().statusCode()).isEqualTo(403);
        assertThat(first.registerFully().statusCode()).isEqualTo(200);
        assertThat(big.out.events(GatewayEvent.RegistrationRefused.class)).extracting(GatewayEvent.RegistrationRefused::reason)
                .containsExactly(RefusalReason.UNKNOWN_USER);
    }

    @Test
    void aBindingExpiryReleasesTheLicenseAtExactlyTheExpiryTime() {
        registerInOrder(); // phone 12 registered at t=0 with the default 3600 s; phone 8 is emergency-only
        long expiry = 3600 * SECOND;
        h.advanceTo(100 * SECOND); // past Timer J of the REGISTER transactions (32 s)
        assertThat(h.core.nextDeadline()).isEqualTo(expiry);
        h.advanceTo(expiry - 1);
        assertThat(h.view().isLicensed("2012")).isTrue();
        assertThat(h.view().isEmergencyOnly("2008")).isTrue();
        h.advanceTo(expiry);
        assertThat(h.view().isRegistered("2012")).isFalse();
        assertThat(h.view().isLicensed("2008")).isTrue();
        assertThat(h.out.events.subList(h.out.events.size() - 3, h.out.events.size())).containsExactly(
                new GatewayEvent.Unregistered(expiry, "2012", phones[12].addr, true),
                new GatewayEvent.LicenseReleased(expiry, "2012", phones[12].addr),
                new GatewayEvent.LicenseUpgraded(expiry, "2008", phones[8].addr));
    }

    @Test
    void userSubscriptionModeUsesTheSamePool() {
        GatewayHarness sub = new GatewayHarness(GatewayHarness.defaults().endpointLicenses(1)
                .licenseMode(LicenseMode.USER_SUBSCRIPTION).build(), users);
        ScriptedPhone p1 = ScriptedPhone.avaya(sub, "2001", "pw1", "10.0.1.1");
        ScriptedPhone p2 = ScriptedPhone.avaya(sub, "2002", "pw2", "10.0.1.2");
        p1.registerFully();
        p2.registerFully();
        assertThat(sub.view().isLicensed("2001")).isTrue();
        assertThat(sub.view().isEmergencyOnly("2002")).isTrue();
    }
}
