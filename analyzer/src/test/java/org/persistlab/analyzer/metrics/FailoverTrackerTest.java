package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.persistlab.analyzer.metrics.FailoverScenario.ACO;
import static org.persistlab.analyzer.metrics.FailoverScenario.IPO;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

class FailoverTrackerTest {

    private static FailoverSummary analyse(AnalysisOptions options, List<WireEvent> events) {
        WireAnalysis analysis = new WireAnalysis(options);
        events.forEach(analysis::accept);
        return analysis.finish().failover();
    }

    private static void assertTwoPhoneMoments(FailoverSummary f) {
        assertThat(f.phones()).hasSize(2);
        PhoneFailover p1 = f.phones().get(0);
        assertThat(p1.phone()).isEqualTo("10.1.0.11");
        assertThat(p1.lastPrimarySignNanos()).isEqualTo(60 * S + 12 * MS);
        assertThat(p1.firstUnansweredNanos()).isEqualTo(90 * S);
        assertThat(p1.firstGatewayRequestNanos()).isEqualTo(122 * S);
        assertThat(p1.gatewayRegisteredNanos()).isEqualTo(122 * S + 80 * MS);
        assertThat(p1.failbackNanos()).isEqualTo(242 * S + 200 * MS);
        assertThat(p1.latencyNanos()).isEqualTo(32 * S + 80 * MS);
        assertThat(p1.latencyMs()).isEqualTo(32080.0);

        PhoneFailover p2 = f.phones().get(1);
        assertThat(p2.phone()).isEqualTo("10.1.0.12");
        // the blip at 20 s was followed by answered requests, so the outage starts at 75 s
        assertThat(p2.lastPrimarySignNanos()).isEqualTo(70 * S + 10 * MS);
        assertThat(p2.firstUnansweredNanos()).isEqualTo(75 * S);
        assertThat(p2.firstGatewayRequestNanos()).isEqualTo(107 * S);
        assertThat(p2.gatewayRegisteredNanos()).isEqualTo(107 * S + 40 * MS);
        assertThat(p2.failbackNanos()).isNull();
        assertThat(p2.latencyNanos()).isEqualTo(32 * S + 40 * MS);

        // nearest rank over {32040, 32080} ms
        assertThat(f.latency().count()).isEqualTo(2);
        assertThat(f.latency().p50()).isCloseTo(32040.0, within(32.04));
        assertThat(f.latency().p90()).isEqualTo(32080.0);
        assertThat(f.latency().max()).isEqualTo(32080.0);
    }

    @Test
    void rolesInferredFromTheOrderOfRegistrations() {
        FailoverSummary f = analyse(AnalysisOptions.defaults(), FailoverScenario.events());
        assertTwoPhoneMoments(f);
        assertThat(f.phones().get(0).primary()).isEqualTo(ACO);
        assertThat(f.phones().get(0).gateway()).isEqualTo(IPO);
    }

    @Test
    void rolesNamedByOptionsGiveTheSameMoments() {
        AnalysisOptions o = AnalysisOptions.defaults().withPrimary(Sip.ep("198.51.100.10"))
                .withGateway(Sip.ep(IPO));
        FailoverSummary f = analyse(o, FailoverScenario.events());
        assertTwoPhoneMoments(f);
        assertThat(f.phones().get(0).primary()).isEqualTo("198.51.100.10");
    }

    @Test
    void anEncryptedPrimaryLegIsJudgedByItsLastPacket() {
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults().withPrimary(Sip.ep("198.51.100.10"))
                .withGateway(Sip.ep(IPO)));
        // the phone's TLS leg to ACO is invisible: only its packets' timing
        for (long t : new long[] {10, 40, 70}) {
            analysis.onEncryptedPacket(t * S, Sip.ep("198.51.100.10:5061"), Sip.ep("10.1.0.13:49152"));
            analysis.onEncryptedPacket(t * S + MS, Sip.ep("10.1.0.13:49152"), Sip.ep("198.51.100.10:5061"));
        }
        Sip.Script tcp = new Sip.Script().transport(Transport.TCP);
        FailoverScenario.challengedRegister(tcp, "10.1.0.13:5060", IPO, "p3-ipo", 110 * S, "103@ipo.example.com",
                50 * MS);
        tcp.events().forEach(analysis::accept);
        // a packet from ACO after the phone turned to the gateway is not the last sign before it
        analysis.onEncryptedPacket(200 * S, Sip.ep("198.51.100.10:5061"), Sip.ep("10.1.0.13:49153"));
        PhoneFailover p = analysis.finish().failover().phones().get(0);

        assertThat(p.phone()).isEqualTo("10.1.0.13");
        assertThat(p.lastPrimarySignNanos()).isEqualTo(70 * S);
        assertThat(p.firstUnansweredNanos()).isNull();
        assertThat(p.firstGatewayRequestNanos()).isEqualTo(110 * S);
        assertThat(p.gatewayRegisteredNanos()).isEqualTo(110 * S + 50 * MS);
        assertThat(p.latencyNanos()).isNull();
    }

    @Test
    void aPhoneThatNeverFailedOverHasNoUnansweredRequestEvenIfTheInputEndsMidRequest() {
        Sip.Script w = new Sip.Script();
        SipMessage r = Sip.register("105@aco.example.com", "z9hG4bK-p5", "p5", 1, "10.1.0.15:5060");
        w.send(0, "10.1.0.15:5060", ACO, r);
        w.send(20 * MS, ACO, "10.1.0.15:5060", Sip.response(r, 200, "a"));
        // the input ends 2 s after this OPTIONS: its Timer F has not run out, it is not "unanswered"
        w.send(30 * S, "10.1.0.15:5060", ACO, FailoverScenario.options("p5-o", "10.1.0.15:5060"));
        w.send(32 * S, "10.1.0.15:5060", ACO, FailoverScenario.options("p5-o", "10.1.0.15:5060"));
        PhoneFailover p = analyse(AnalysisOptions.defaults(), w.events()).phones().get(0);

        assertThat(p.primary()).isEqualTo(ACO);
        assertThat(p.firstUnansweredNanos()).isNull();
        assertThat(p.lastPrimarySignNanos()).isNull();
        assertThat(p.gateway()).isNull();
        assertThat(p.latencyNanos()).isNull();
    }

    @Test
    void aPhoneCutOffForGoodWithoutAGatewayReportsItsFirstUnansweredRequest() {
        Sip.Script w = new Sip.Script();
        SipMessage r = Sip.register("106@aco.example.com", "z9hG4bK-p6", "p6", 1, "10.1.0.16:5060");
        w.send(0, "10.1.0.16:5060", ACO, r);
        w.send(20 * MS, ACO, "10.1.0.16:5060", Sip.response(r, 200, "a"));
        FailoverScenario.unansweredRequest(w, "10.1.0.16:5060", ACO, FailoverScenario.options("p6-o", "10.1.0.16:5060"),
                30 * S);
        w.send(100 * S, "10.1.0.16:5060", ACO, FailoverScenario.options("p6-o2", "10.1.0.16:5060"));
        PhoneFailover p = analyse(AnalysisOptions.defaults(), w.events()).phones().get(0);

        assertThat(p.firstUnansweredNanos()).isEqualTo(30 * S);
        assertThat(p.lastPrimarySignNanos()).isEqualTo(20 * MS);
        assertThat(p.firstGatewayRequestNanos()).isNull();
        assertThat(p.gatewayRegisteredNanos()).isNull();
    }

    @Test
    void aGatewayThatNeverAcceptsStillGivesTheFirstRequestToIt() {
        Sip.Script w = new Sip.Script();
        SipMessage r = Sip.register("107@aco.example.com", "z9hG4bK-p7", "p7", 1, "10.1.0.17:5060");
        w.send(0, "10.1.0.17:5060", ACO, r);
        w.send(20 * MS, ACO, "10.1.0.17:5060", Sip.response(r, 200, "a"));
        FailoverScenario.unansweredRequest(w, "10.1.0.17:5060", ACO, FailoverScenario.options("p7-o", "10.1.0.17:5060"),
                30 * S);
        SipMessage g = Sip.register("107@ipo.example.com", "z9hG4bK-p7g", "p7g", 1, "10.1.0.17:5060");
        w.send(62 * S, "10.1.0.17:5060", IPO, g);
        w.send(62 * S + 5 * MS, IPO, "10.1.0.17:5060", Sip.response(g, 403, "g"));
        PhoneFailover p = analyse(AnalysisOptions.defaults(), w.events()).phones().get(0);

        assertThat(p.gateway()).isEqualTo(IPO);
        assertThat(p.firstUnansweredNanos()).isEqualTo(30 * S);
        assertThat(p.firstGatewayRequestNanos()).isEqualTo(62 * S);
        assertThat(p.gatewayRegisteredNanos()).isNull();
        assertThat(p.latencyNanos()).isNull();
    }
}
