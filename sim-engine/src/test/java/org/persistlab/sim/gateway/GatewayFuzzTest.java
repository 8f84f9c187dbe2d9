package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.ResponseBuilder;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * Whatever arrives, the core never throws: mutated requests and responses (bytes replaced, cut,
 * duplicated) are answered 400, dropped or relayed, and the gateway goes on working.
 */
class GatewayFuzzTest {
    private static final String CHARS = " :;,<>\"@=\\\r\n\t0123456789abcdefSIPVIAz";

    @Property(tries = 300)
    void mutatedMessagesNeverBreakTheCore(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<GatewayUser> users = List.of(new GatewayUser("2001", "pa", "A"), new GatewayUser("2002", "pb", "B"));
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().build(), users);
        ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");
        ScriptedPhone b = ScriptedPhone.avaya(h, "2002", "pb", "10.0.0.2");
        a.registerFully();
        b.registerFully();
        List<byte[]> seeds = new ArrayList<>();
        SipMessage challenge = a.sendForOne(a.register(null, 600));
        seeds.add(a.register(a.answer(challenge, "pa"), 600));
        seeds.add(a.invite("2002", "fz-1", "z9hG4bK-fz1"));
        a.send(seeds.get(1));
        SipMessage invite = b.inbox().get(0);
        seeds.add(b.respond(invite, 180));
        seeds.add(b.respond(invite, 200));
        seeds.add(a.cancel("2002", "fz-1", "z9hG4bK-fz1"));
        seeds.add(ResponseBuilder.to(invite, 486).toTag("t").toBytes());
        seeds.add(a.invite("5551234", "fz-2", "z9hG4bK-fz2"));
        for (int round = 0; round < 40; round++) {
            byte[] m = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
            SipMessage parsed;
            try {
                parsed = SipMessage.parse(m);
            } catch (SipParseException e) {
                continue; // the host's framer refuses it before the core sees it
            }
            Endpoint src = rnd.nextBoolean() ? a.addr : b.addr;
            Transport t = rnd.nextBoolean() ? Transport.UDP : Transport.TCP;
            assertThatCode(() -> h.core.handle(h.now, new WireEvent(h.now, src, GatewayHarness.GATEWAY, t, parsed),
                    h.out)).as(new String(m, StandardCharsets.UTF_8)).doesNotThrowAnyException();
            h.advanceBy(rnd.nextInt(5_000) * GatewayHarness.MS);
        }
        assertThatCode(() -> h.advanceBy(1000 * GatewayHarness.SECOND)).doesNotThrowAnyException();
    }

    private static byte[] mutate(byte[] in, Random rnd) {
        StringBuilder s = new StringBuilder(new String(in, StandardCharsets.ISO_8859_1));
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && s.length() > 1; e++) {
            int at = rnd.nextInt(s.length());
            switch (rnd.nextInt(4)) {
                case 0 -> s.setCharAt(at, CHARS.charAt(rnd.nextInt(CHARS.length())));
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, CHARS.charAt(rnd.nextInt(CHARS.length())));
                default -> {
                    int len = Math.min(s.length() - at, 1 + rnd.nextInt(20));
                    s.insert(at, s.substring(at, at + len));
                }
            }
        }
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
