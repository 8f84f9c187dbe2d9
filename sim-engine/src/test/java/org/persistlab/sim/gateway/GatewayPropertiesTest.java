package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.MS;
import static org.persistlab.sim.gateway.GatewayHarness.SECOND;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;
import org.persistlab.sip.digest.DigestCredentials;

class GatewayPropertiesTest {
    private static final int PHONES = 8;

    /** register (expires 0 = unregister) or let time pass. */
    record Step(int phone, long expires, long waitSeconds) { }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.integers().between(0, PHONES - 1).flatMap(phone ->
                Arbitraries.of(0L, 60L, 90L, 120L, 300L, 3600L).flatMap(expires ->
                        Arbitraries.longs().between(0, 200).map(wait -> new Step(phone, expires, wait))));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /**
     * Registrations, unregistrations and expiries in any order never put licenses in use above the
     * pool or below zero, never leave a license free while a phone is emergency-only, and hand out
     * exactly what a plain model of domain.md §2.2 hands out.
     */
    @Property(tries = 150)
    void licensesFollowTheModelAndStayWithinThePool(@ForAll("steps") List<Step> steps,
                                                    @ForAll @IntRange(min = 0, max = 6) int licenses) {
        List<GatewayUser> users = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            users.add(new GatewayUser(Integer.toString(2000 + i), "pw" + i, ""));
        }
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().endpointLicenses(licenses).build(), users);
        ScriptedPhone[] phones = new ScriptedPhone[PHONES];
        for (int i = 0; i < PHONES; i++) {
            // The last two are third-party phones: without a license they are refused.
            String ua = i >= PHONES - 2 ? "Linphone/5" : ScriptedPhone.AVAYA_UA;
            phones[i] = new ScriptedPhone(h, Integer.toString(2000 + i), "pw" + i,
                    Endpoint.parse("10.0.4." + (i + 1) + ":5060"), Transport.TCP, ua);
        }
        LicenseModel model = new LicenseModel(licenses);
        for (Step s : steps) {
            h.advanceBy(s.waitSeconds() * SECOND);
            model.expireUpTo(h.now);
            int status = phones[s.phone()].registerFully(s.expires()).statusCode();
            int expected = model.register(s.phone(), s.expires(), h.now, s.phone() >= PHONES - 2);
            assertThat(status).isEqualTo(expected);
            check(h, model, licenses);
        }
        h.advanceBy(4000 * SECOND);
        model.expireUpTo(h.now);
        check(h, model, licenses);
        assertThat(h.view().licensesInUse()).isZero();
    }

    private static void check(GatewayHarness h, LicenseModel model, int licenses) {
        int inUse = h.view().licensesInUse();
        assertThat(inUse).isBetween(0, licenses);
        if (h.core.counters().emergencyOnlyBindings() > 0) {
            assertThat(inUse).as("no free license while a phone is emergency-only").isEqualTo(licenses);
        }
        for (int i = 0; i < PHONES; i++) {
            String ext = Integer.toString(2000 + i);
            LicenseModel.Binding b = model.bound.get(i);
            assertThat(h.view().isRegistered(ext)).as(ext + " registered").isEqualTo(b != null);
            assertThat(h.view().isLicensed(ext)).as(ext + " licensed").isEqualTo(b != null && b.licensed);
        }
    }

    /** domain.md §2.2 written as plainly as possible: the oracle for the property above. */
    static final class LicenseModel {
        static final class Binding {
            final long order;
            long expiresAt;
            boolean licensed;

            Binding(long order, long expiresAt, boolean licensed) {
                this.order = order;
                this.expiresAt = expiresAt;
                this.licensed = licensed;
            }
        }

        final int pool;
        final Map<Integer, Binding> bound = new LinkedHashMap<>();
        long nextOrder;

        LicenseModel(int pool) {
            this.pool = pool;
        }

        int register(int phone, long expires, long now, boolean thirdParty) {
            Binding b = bound.get(phone);
            if (expires == 0) {
                remove(phone);
                return 200;
            }
            if (b != null) {
                b.expiresAt = now + expires * SECOND;
                return 200;
            }
            boolean free = licensed() < pool;
            if (!free && thirdParty) {
                return 403;
            }
            bound.put(phone, new Binding(nextOrder++, now + expires * SECOND, free));
            return 200;
        }

        void expireUpTo(long now) {
            while (true) {
                Integer first = null;
                for (Map.Entry<Integer, Binding> e : bound.entrySet()) {
                    if (e.getValue().expiresAt <= now
                            && (first == null || e.getValue().expiresAt < bound.get(first).expiresAt)) {
                        first = e.getKey();
                    }
                }
                if (first == null) {
                    return;
                }
                remove(first);
            }
        }

        private void remove(int phone) {
            Binding gone = bound.remove(phone);
            if (gone == null || !gone.licensed) {
                return;
            }
            Binding earliest = null;
            for (Binding b : bound.values()) {
                if (!b.licensed && (earliest == null || b.order < earliest.order)) {
                    earliest = b;
                }
            }
            if (earliest != null) {
                earliest.licensed = true;
            }
        }

        private int licensed() {
            int n = 0;
            for (Binding b : bound.values()) {
                n += b.licensed ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * A flood of REGISTERs (and a few INVITEs) from random addresses, with no, forged or wrong
     * credentials and retransmissions, never grows any table past its limit and never reaches the trunk.
     */
    @Property(tries = 60)
    void memoryStaysBoundedUnderARegisterFlood(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<GatewayUser> users = List.of(new GatewayUser("2001", "pa", ""), new GatewayUser("2002", "pb", ""));
        GatewayConfig config = GatewayHarness.defaults().maxPendingTransactions(16).maxTrackedSources(8)
                .registerQueueCapacity(4).registerServiceTime(Duration.ofMillis(2)).maxCalls(4)
                .authFailureThreshold(3).build();
        GatewayHarness h = new GatewayHarness(config, users);
        List<byte[]> sentBefore = new ArrayList<>();
        int mostThrottled = 0;
        String nonce = null;
        for (int i = 0; i < 400; i++) {
            Endpoint src = Endpoint.ipv4(0x0A000000 | rnd.nextInt(1 << 16), 1024 + rnd.nextInt(60000));
            Transport t = rnd.nextInt(4) == 0 ? Transport.TLS : rnd.nextBoolean() ? Transport.UDP : Transport.TCP;
            byte[] msg;
            int kind = rnd.nextInt(10);
            if (kind < 2 && !sentBefore.isEmpty()) {
                msg = sentBefore.get(rnd.nextInt(sentBefore.size()));
                t = Transport.UDP;
            } else if (kind < 3) {
                msg = floodInvite(src, t, i);
            } else if (kind < 6 && nonce != null) {
                msg = wrongPassword(src, t, i, nonce, rnd);
            } else {
                msg = floodRegister(src, t, i, rnd);
            }
            sentBefore.add(msg);
            h.deliver(src, t, msg);
            h.advanceBy(rnd.nextInt(3) * MS);
            nonce = latestNonce(h, nonce);
            GatewayView v = h.view();
            mostThrottled = Math.max(mostThrottled, v.throttleEntries());
            assertThat(v.serverTransactions()).isLessThanOrEqualTo(16);
            assertThat(v.proxyTransactions()).isLessThanOrEqualTo(16);
            assertThat(v.throttleEntries()).isLessThanOrEqualTo(8);
            assertThat(v.tlsPeers()).isLessThanOrEqualTo(8);
            assertThat(v.queuedRegisters()).isLessThanOrEqualTo(4);
            assertThat(v.calls()).isLessThanOrEqualTo(4);
            assertThat(v.armedTimers()).isLessThanOrEqualTo(v.timerCapacity());
        }
        assertThat(mostThrottled).as("the flood did fill the throttle table").isEqualTo(8);
        assertThat(h.out.events(GatewayEvent.OverloadSent.class)).as("and the transaction table")
                .anyMatch(e -> e.cause() == GatewayEvent.OverloadCause.TRANSACTIONS_FULL);
        assertThat(h.view().bindings()).isZero();
        assertThat(h.out.sent).noneMatch(s -> s.dst().equals(GatewayHarness.TRUNK));
        h.advanceBy(300 * SECOND);
        assertThat(h.view().serverTransactions()).isZero();
        assertThat(h.view().queuedRegisters()).isZero();
    }

    private static byte[] floodRegister(Endpoint src, Transport t, int i, Random rnd) {
        String ext = rnd.nextBoolean() ? "2001" : Integer.toString(5000 + rnd.nextInt(100));
        RequestBuilder b = RequestBuilder.request("REGISTER", "sip:192.0.2.10")
                .via(t, src.toString(), "z9hG4bK-f" + i).from("sip:" + ext + "@192.0.2.10", "f" + i)
                .to("sip:" + ext + "@192.0.2.10", null).callId("flood-" + i).cseq(1).contact("sip:" + ext + "@" + src);
        switch (rnd.nextInt(3)) {
            case 0 -> b.header("Authorization", "Digest username=\"" + ext + "\", realm=\"ipoffice\", nonce=\""
                    + Long.toHexString(rnd.nextLong()) + "0000000000000000\", uri=\"sip:192.0.2.10\", "
                    + "response=\"0123456789abcdef0123456789abcdef\"");
            case 1 -> b.header("Authorization", "Digest garbage");
            default -> { }
        }
        return b.toBytes();
    }

    /** A REGISTER answering a real challenge with a wrong password (a known or an unknown user). */
    private static byte[] wrongPassword(Endpoint src, Transport t, int i, String nonce, Random rnd) {
        String ext = rnd.nextBoolean() ? "2002" : Integer.toString(6000 + rnd.nextInt(100));
        DigestCredentials c = new DigestAuth().answer(DigestChallenge.md5("ipoffice", nonce, false), ext,
                "guess" + i, "REGISTER", "sip:192.0.2.10", "c" + i, 1);
        return RequestBuilder.request("REGISTER", "sip:192.0.2.10")
                .via(t, src.toString(), "z9hG4bK-w" + i).from("sip:" + ext + "@192.0.2.10", "w" + i)
                .to("sip:" + ext + "@192.0.2.10", null).callId("wrong-" + i).cseq(1)
                .contact("sip:" + ext + "@" + src).header("Authorization", c.toHeaderValue()).toBytes();
    }

    private static String latestNonce(GatewayHarness h, String previous) {
        for (int k = h.out.sent.size() - 1; k >= 0; k--) {
            SipMessage m = h.out.sent.get(k).message();
            if (m.statusCode() == 401) {
                return DigestChallenge.from(m.wwwAuthenticate()).nonce();
            }
        }
        return previous;
    }

    private static byte[] floodInvite(Endpoint src, Transport t, int i) {
        return RequestBuilder.request("INVITE", "sip:0044207" + i + "@192.0.2.10")
                .via(t, src.toString(), "z9hG4bK-i" + i).from("sip:2001@192.0.2.10", "i" + i)
                .to("sip:0044207" + i + "@192.0.2.10", null).callId("inv-" + i).cseq(1).toBytes();
    }
}
