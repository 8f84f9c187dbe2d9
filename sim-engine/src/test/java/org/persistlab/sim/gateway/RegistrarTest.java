package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.SECOND;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.digest.DigestChallenge;
import org.persistlab.sip.digest.NonceIssuer;

class RegistrarTest {
    private final GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(),
            List.of(new GatewayUser("2001", "s3cret", "Alice Example"), new GatewayUser("2002", "pw2", "Bob")));
    private final ScriptedPhone alice = ScriptedPhone.avaya(h, "2001", "s3cret", "10.0.0.1");

    @Test
    void everyRegisterIsChallengedThenTheAnsweredOneIsBound() {
        h.advanceTo(5 * SECOND);
        byte[] first = alice.register(null, -1);
        SipMessage challenge = alice.sendForOne(first);

        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(challenge.toTag()).isNotNull();
        assertThat(challenge.topVia().branch()).isEqualTo(SipMessage.parse(first).topVia().branch());
        assertThat(challenge.callId()).isEqualTo(alice.regCallId);
        DigestChallenge ch = DigestChallenge.from(challenge.wwwAuthenticate());
        assertThat(ch.realm()).isEqualTo("ipoffice");
        assertThat(ch.algorithm()).isEqualTo("MD5");
        assertThat(ch.offersAuth()).isTrue();
        assertThat(ch.stale()).isFalse();
        assertThat(new NonceIssuer(0, 0).issuedAt(ch.nonce())).as("nonce carries its issue time").isEqualTo(5 * SECOND);
        assertThat(h.view().isRegistered("2001")).isFalse();

        SipMessage ok = alice.sendForOne(alice.register(alice.answer(challenge, "s3cret"), -1));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.contact().uri()).isEqualTo(alice.contactUri());
        assertThat(ok.contact().expires()).as("default expiry, domain.md §3.1").isEqualTo(3600);
        assertThat(ok.expires()).isEqualTo(3600);
        assertThat(h.view().isRegistered("2001")).isTrue();
        assertThat(h.view().isLicensed("2001")).isTrue();
        assertThat(h.view().bindingSource("2001")).isEqualTo(alice.addr);
        assertThat(h.out.events).containsExactly(
                new GatewayEvent.LicenseGranted(5 * SECOND, "2001", alice.addr),
                new GatewayEvent.RegistrationAccepted(5 * SECOND, "2001", alice.addr, Transport.UDP, true, 3600, false));
        assertThat(h.core.counters().challengesSent()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordNeverRegistersAndRepeatedFailuresBlockTheAddress() {
        for (int i = 0; i < 5; i++) {
            SipMessage challenge = alice.sendForOne(alice.register(null, -1));
            SipMessage refused = alice.sendForOne(alice.register(alice.answer(challenge, "guess" + i), -1));
            assertThat(refused.statusCode()).isEqualTo(403);
            h.advanceBy(SECOND);
        }
        assertThat(h.view().isRegistered("2001")).isFalse();
        assertThat(h.out.events(GatewayEvent.RegistrationRefused.class)).extracting(GatewayEvent.RegistrationRefused::reason)
                .containsOnly(RefusalReason.WRONG_PASSWORD).hasSize(5);

        // Blocked now: even a plain REGISTER is refused at once, with no challenge to answer.
        SipMessage blocked = alice.sendForOne(alice.register(null, -1));
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.wwwAuthenticate()).isNull();
        assertThat(h.out.events.get(h.out.events.size() - 1)).isInstanceOfSatisfying(
                GatewayEvent.RegistrationRefused.class, e -> assertThat(e.reason()).isEqualTo(RefusalReason.THROTTLED));
        // Another address is not affected.
        ScriptedPhone bob = ScriptedPhone.avaya(h, "2002", "pw2", "10.0.0.2");
        assertThat(bob.registerFully().statusCode()).isEqualTo(200);

        // The block lasts one window (60 s) from the fifth failure at t=4 s.
        h.advanceTo(4 * SECOND + 60 * SECOND - 1);
        assertThat(alice.sendForOne(alice.register(null, -1)).statusCode()).isEqualTo(403);
        h.advanceTo(4 * SECOND + 60 * SECOND);
        SipMessage challenge = alice.sendForOne(alice.register(null, -1));
        assertThat(challenge.statusCode()).isEqualTo(401);
        assertThat(alice.sendForOne(alice.register(alice.answer(challenge, "guess again"), -1)).statusCode())
                .isEqualTo(403);
        assertThat(h.view().isRegistered("2001")).isFalse();
        assertThat(alice.registerFully().statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        ScriptedPhone stranger = ScriptedPhone.avaya(h, "2999", "whatever", "10.0.0.9");
        SipMessage strangerChallenge = stranger.sendForOne(stranger.register(null, -1));
        assertThat(strangerChallenge.statusCode()).as("unknown users are challenged too").isEqualTo(401);
        SipMessage unknown = stranger.sendForOne(stranger.register(stranger.answer(strangerChallenge, "whatever"), -1));

        SipMessage challenge = alice.sendForOne(alice.register(null, -1));
        SipMessage wrong = alice.sendForOne(alice.register(alice.answer(challenge, "nope"), -1));

        assertThat(unknown.startLine()).isEqualTo("SIP/2.0 403 Forbidden").isEqualTo(wrong.startLine());
        assertThat(headerNames(unknown)).isEqualTo(headerNames(wrong));
        assertThat(h.out.events(GatewayEvent.RegistrationRefused.class)).extracting(GatewayEvent.RegistrationRefused::reason)
                .containsExactly(RefusalReason.UNKNOWN_USER, RefusalReason.WRONG_PASSWORD);
    }

    @Test
    void credentialsForSomeoneElsesExtensionAreRefused() {
        // Alice answers with her own (valid) credentials but tries to register Bob's extension.
        ScriptedPhone impostor = ScriptedPhone.avaya(h, "2002", "s3cret", "10.0.0.1");
        SipMessage challenge = impostor.sendForOne(impostor.register(null, -1));
        String aliceCredentials = alice.answer(challenge, "s3cret");
        SipMessage refused = impostor.sendForOne(impostor.register(aliceCredentials, -1));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(h.view().isRegistered("2002")).isFalse();
        assertThat(h.view().isRegistered("2001")).isFalse();
    }

    @Test
    void aChallengeAnsweredAfterTenSecondsIsStale() {
        SipMessage challenge = alice.sendForOne(alice.register(null, -1));
        h.advanceBy(10 * SECOND + 1);
        SipMessage again = alice.sendForOne(alice.register(alice.answer(challenge, "s3cret"), -1));

        assertThat(again.statusCode()).isEqualTo(401);
        DigestChallenge fresh = DigestChallenge.from(again.wwwAuthenticate());
        assertThat(fresh.stale()).isTrue();
        assertThat(fresh.nonce()).isNotEqualTo(DigestChallenge.from(challenge.wwwAuthenticate()).nonce());
        assertThat(h.view().isRegistered("2001")).isFalse();
        assertThat(h.core.counters().staleChallengesSent()).isEqualTo(1);

        SipMessage ok = alice.sendForOne(alice.register(alice.answer(again, "s3cret"), -1));
        assertThat(ok.statusCode()).isEqualTo(200);
    }

    @Test
    void aChallengeAnsweredAtExactlyTenSecondsIsStillValid() {
        SipMessage challenge = alice.sendForOne(alice.register(null, -1));
        h.advanceBy(10 * SECOND);
        assertThat(alice.sendForOne(alice.register(alice.answer(challenge, "s3cret"), -1)).statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedNonceGetsAFreshChallengeThatIsNotStale() {
        SipMessage challenge = alice.sendForOne(alice.register(null, -1));
        String credentials = alice.answer(challenge, "s3cret");
        String nonce = DigestChallenge.from(challenge.wwwAuthenticate()).nonce();
        char flipped = nonce.charAt(20) == '0' ? '1' : '0';
        String forged = credentials.replace(nonce, nonce.substring(0, 20) + flipped + nonce.substring(21));
        SipMessage again = alice.sendForOne(alice.register(forged, -1));
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(DigestChallenge.from(again.wwwAuthenticate()).stale()).isFalse();
        assertThat(h.view().isRegistered("2001")).isFalse();
    }

    @Test
    void expiresZeroUnregistersAndReleasesTheLicense() {
        alice.registerFully();
        h.advanceBy(SECOND);
        SipMessage ok = alice.registerFully(0);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(h.view().isRegistered("2001")).isFalse();
        assertThat(h.view().licensesInUse()).isZero();
        assertThat(h.out.events.subList(2, h.out.events.size())).containsExactly(
                new GatewayEvent.Unregistered(SECOND, "2001", alice.addr, false),
                new GatewayEvent.LicenseReleased(SECOND, "2001", alice.addr));
    }

    @Test
    void contactStarWithExpiresZeroUnregistersAndWithoutItIsABadRequest() {
        alice.registerFully();
        SipMessage challenge = alice.sendForOne(alice.register(null, 0));
        String star = new String(alice.register(alice.answer(challenge, "s3cret"), 0), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Contact: <" + alice.contactUri() + ">", "Contact: *");
        assertThat(alice.sendForOne(star.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        assertThat(h.view().isRegistered("2001")).isFalse();

        alice.registerFully();
        challenge = alice.sendForOne(alice.register(null, 60));
        String starNoZero = new String(alice.register(alice.answer(challenge, "s3cret"), 60),
                java.nio.charset.StandardCharsets.UTF_8).replace("Contact: <" + alice.contactUri() + ">", "Contact: *");
        assertThat(alice.sendForOne(starNoZero.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
        assertThat(h.view().isRegistered("2001")).isTrue();
    }

    @Test
    void aTooShortExpiryGets423WithMinExpires() {
        SipMessage answer = alice.registerFully(30);
        assertThat(answer.statusCode()).isEqualTo(423);
        assertThat(answer.header("Min-Expires")).isEqualTo("60");
        assertThat(h.view().isRegistered("2001")).isFalse();
        assertThat(alice.registerFully(60).contact().expires()).isEqualTo(60);
    }

    @Test
    void aLongerExpiryIsCutToTheDefault() {
        assertThat(alice.registerFully(86_400).expires()).isEqualTo(3600);
    }

    @Test
    void aRefreshKeepsTheBindingAndIsRecordedAsARefresh() {
        alice.registerFully();
        h.advanceBy(1800 * SECOND);
        SipMessage ok = alice.registerFully();
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(h.out.events(GatewayEvent.RegistrationAccepted.class)).extracting(GatewayEvent.RegistrationAccepted::refresh)
                .containsExactly(false, true);
        assertThat(h.out.events(GatewayEvent.LicenseGranted.class)).hasSize(1);
        // The refresh moved the expiry: nothing happens at the first binding's expiry.
        h.advanceTo(3600 * SECOND);
        assertThat(h.view().isRegistered("2001")).isTrue();
        h.advanceTo(5400 * SECOND);
        assertThat(h.view().isRegistered("2001")).isFalse();
    }

    @Test
    void optionsToTheGatewayIsAnsweredOk() {
        byte[] options = org.persistlab.sip.RequestBuilder.request("OPTIONS", "sip:192.0.2.10")
                .via(Transport.UDP, "10.0.0.1:5060", "z9hG4bK-opt1").from(alice.aor(), "o1")
                .to("sip:192.0.2.10", null).callId("opt-1").cseq(1).toBytes();
        SipMessage ok = alice.sendForOne(options);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.header("Allow")).contains("INVITE", "REGISTER");
        assertThat(h.out.events).isEmpty();
    }

    @Test
    void aThirdEndpointAddressIsNotConfusedWithTheBinding() {
        alice.registerFully();
        Endpoint moved = Endpoint.parse("10.0.0.77:5060");
        ScriptedPhone again = new ScriptedPhone(h, "2001", "s3cret", moved, Transport.UDP, ScriptedPhone.AVAYA_UA);
        assertThat(again.registerFully().statusCode()).isEqualTo(200);
        assertThat(h.view().bindingSource("2001")).as("the latest registration wins").isEqualTo(moved);
        assertThat(h.view().licensesInUse()).isEqualTo(1);
    }

    @Test
    void whenRegistrationIsSwitchedOffEveryRegisterGets503() {
        GatewayHarness off = new GatewayHarness(GatewayHarness.defaults().acceptRegistrations(false).build(),
                List.of(new GatewayUser("2001", "s3cret", "Alice")));
        ScriptedPhone p = ScriptedPhone.avaya(off, "2001", "s3cret", "10.0.0.1");
        SipMessage answer = p.sendForOne(p.register(null, -1));
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(off.out.events).containsExactly(new GatewayEvent.RegistrationRefused(0, "2001", p.addr,
                RefusalReason.NOT_ACCEPTING, 503));
        assertThat(off.core.counters().challengesSent()).isZero();
    }

    private static List<String> headerNames(SipMessage m) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < m.headerCount(); i++) {
            names.add(m.headerNameAt(i));
        }
        return names;
    }
}
