package org.persistlab.bench.gateway;

import java.util.ArrayList;
import java.util.List;
import org.persistlab.sim.gateway.GatewayConfig;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.GatewayCounters;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.RequestBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.digest.DigestChallenge;

/**
 * Full registrations through one {@link GatewayCore}, as an IP500 V2 sees them from its 384 J179s over
 * TCP: REGISTER, 401 with a digest challenge, REGISTER with credentials, 200. Each
 * {@link #registerNext()} parses both requests and hands them to the core, round robin over the users.
 *
 * <p>The phones' side is prepared beforehand, so a measurement holds only the gateway's work: each
 * phone was challenged once at the start and answers with that nonce, which the core checks
 * statelessly and accepts for its 10 s challenge expiry (virtual time moves 1 ns per registration,
 * so it never runs out). The core still sends a fresh 401 for every first REGISTER and verifies the
 * digest of every second one.
 */
public final class RegistrationLoad {
    public static final int USERS = 384;
    private static final String REGISTRAR = "sip:192.0.2.10";
    private static final long T0 = 1_000_000_000L;

    private final GatewayCore core;
    private final Endpoint gateway;
    private final Endpoint[] phones = new Endpoint[USERS];
    private final byte[][] challenged = new byte[USERS][];
    private final byte[][] credentialed = new byte[USERS][];
    private final LastSent out = new LastSent();
    private long now = T0;
    private int next;

    public RegistrationLoad() {
        List<GatewayUser> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(new GatewayUser(extension(i), password(i), "J179 " + i));
        }
        GatewayConfig config = GatewayConfig.builder().seed(1).build();
        core = new GatewayCore(config, users);
        gateway = config.udpTcpEndpoint();
        DigestAuth client = new DigestAuth();
        for (int i = 0; i < USERS; i++) {
            phones[i] = Endpoint.parse("10.1." + (i / 250) + "." + (i % 250 + 1) + ":49152");
            challenged[i] = register(i, null);
            LastSent reply = new LastSent(phones[i]);
            core.handle(now, event(i, challenged[i]), reply);
            SipMessage challenge = SipMessage.parse(reply.last(0));
            if (challenge.statusCode() != 401) {
                throw new IllegalStateException("the gateway answered " + challenge.startLine() + " to a REGISTER");
            }
            String auth = client.answer(DigestChallenge.from(challenge.wwwAuthenticate()), extension(i), password(i),
                    "REGISTER", REGISTRAR, "0a4f113b" + i, 1).toHeaderValue();
            credentialed[i] = register(i, auth);
        }
    }

    /** One full registration of the next phone: both requests parsed and handled. */
    public void registerNext() {
        int i = next;
        next = i + 1 == USERS ? 0 : i + 1;
        long t = ++now;
        core.handle(t, new WireEvent(t, phones[i], gateway, Transport.TCP, SipMessage.parse(challenged[i])), out);
        core.handle(t, new WireEvent(t, phones[i], gateway, Transport.TCP, SipMessage.parse(credentialed[i])), out);
    }

    public GatewayCounters counters() {
        return core.counters();
    }

    /** Messages the core has sent, every one dropped. */
    public long sent() {
        return out.sent();
    }

    /** The two requests of phone {@code i}'s registration, as the gateway receives them. */
    public List<byte[]> requests(int i) {
        return List.of(challenged[i], credentialed[i]);
    }

    private WireEvent event(int i, byte[] message) {
        return new WireEvent(now, phones[i], gateway, Transport.TCP, SipMessage.parse(message));
    }

    private byte[] register(int i, String authorization) {
        String aor = "sip:" + extension(i) + "@192.0.2.10";
        RequestBuilder b = RequestBuilder.request("REGISTER", REGISTRAR)
                .via(Transport.TCP, phones[i].toString(), "z9hG4bK-524287-1---" + (authorization == null ? "a" : "b") + i)
                .from(aor, "8f3c" + i).to(aor, null).callId("reg-" + i + "@" + phones[i].address())
                .cseq(authorization == null ? 1 : 2)
                .contact("sip:" + extension(i) + "@" + phones[i] + ";transport=tcp")
                .header("User-Agent", "Avaya J179 IP Phone 4.1.3.0.6");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.toBytes();
    }

    private static String extension(int i) {
        return Integer.toString(2000 + i);
    }

    private static String password(int i) {
        return "pw" + (7301 + i * 13);
    }
}
