package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.gateway.GatewayHarness.SECOND;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.SipMessage;

/** Same input and seed, same output byte for byte; another seed, other nonces. */
class DeterminismTest {
    private static List<String> run(long seed) {
        List<GatewayUser> users = List.of(new GatewayUser("2001", "pa", "A"), new GatewayUser("2002", "pb", "B"));
        GatewayHarness h = new GatewayHarness(GatewayHarness.defaults().seed(seed).endpointLicenses(1).build(), users);
        ScriptedPhone a = ScriptedPhone.avaya(h, "2001", "pa", "10.0.0.1");
        ScriptedPhone b = ScriptedPhone.avaya(h, "2002", "pb", "10.0.0.2");
        List<String> transcript = new ArrayList<>();
        a.registerFully(120);
        h.advanceBy(3 * SECOND);
        b.registerFully();
        a.send(a.invite("2002", "d-1", "z9hG4bK-d1"));
        SipMessage invite = b.inbox().get(0);
        b.send(b.respond(invite, 486));
        a.send(a.invite("911", "d-2", "z9hG4bK-d2"));
        h.advanceBy(400 * SECOND);
        for (RecordingOutbox.Sent s : h.out.log) {
            transcript.add(s.timeNanos() + " " + s.dst() + " " + s.transport() + "\n" + s.message());
        }
        for (GatewayEvent e : h.out.events) {
            transcript.add(e.toString());
        }
        return transcript;
    }

    @Test
    void aRunRepeatsExactlyForTheSameSeedAndDiffersForAnother() {
        List<String> first = run(7);
        assertThat(run(7)).isEqualTo(first);
        assertThat(first).anyMatch(s -> s.contains("LicenseUpgraded[timeNanos=120000000000, extension=2002"));
        assertThat(run(8)).isNotEqualTo(first);
    }
}
