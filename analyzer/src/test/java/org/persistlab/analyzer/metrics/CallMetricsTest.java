package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.persistlab.analyzer.track.Sip.MS;
import static org.persistlab.analyzer.track.Sip.S;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.WireEvent;

/**
 * Seven session attempts from one phone to its server, each with a different ending, plus a
 * re-INVITE and retransmissions. Every expected number is worked out in the comments.
 */
class CallMetricsTest {
    private static final String A = "10.0.0.1:5060";
    private static final String PBX = "192.0.2.1:5060";

    static List<WireEvent> sevenAttempts() {
        Sip.Script w = new Sip.Script();
        // c1 at 0: 100, 180 at 40 ms, 200 at 3 s (retransmitted), ACK (repeated), re-INVITE, BYE at 63 s -> 200 after 20 ms
        SipMessage c1 = Sip.invite("c1", "a1", "z9hG4bK-c1", 1, A);
        w.send(0, A, PBX, c1);
        w.send(5 * MS, PBX, A, Sip.response(c1, 100, null));
        w.send(40 * MS, PBX, A, Sip.response(c1, 180, "b1"));
        // c2 at 1 s: 407, ACK, credentialed INVITE, 100, 200 at 1.25 s with no provisional
        SipMessage c2 = Sip.invite("c2", "a2", "z9hG4bK-c2a", 1, A);
        w.send(1000 * MS, A, PBX, c2);
        w.send(1010 * MS, PBX, A, Sip.response(c2, 407, "p2"));
        w.send(1011 * MS, A, PBX, Sip.ackOf(c2, "p2"));
        SipMessage c2b = Sip.invite("c2", "a2", "z9hG4bK-c2b", 2, A);
        w.send(1030 * MS, A, PBX, c2b);
        w.send(1035 * MS, PBX, A, Sip.response(c2b, 100, null));
        w.send(1250 * MS, PBX, A, Sip.response(c2b, 200, "b2"));
        w.send(1251 * MS, A, PBX, Sip.ack2xx(c2b, "z9hG4bK-c2ack", "b2"));
        // c3 at 2 s: 302, not followed
        SipMessage c3 = Sip.invite("c3", "a3", "z9hG4bK-c3", 1, A);
        w.send(2000 * MS, A, PBX, c3);
        w.send(2020 * MS, PBX, A, Sip.response(c3, 302, "b3"));
        w.send(2021 * MS, A, PBX, Sip.ackOf(c3, "b3"));
        // c4 at 2.5 s: retransmitted at 3 s, 100, 486 at 3.1 s -> failed SRD 600 ms
        SipMessage c4 = Sip.invite("c4", "a4", "z9hG4bK-c4", 1, A);
        w.send(2500 * MS, A, PBX, c4);
        w.send(3000 * MS, PBX, A, Sip.response(c1, 200, "b1"));
        w.send(3000 * MS + 1, A, PBX, c4);
        w.send(3001 * MS, A, PBX, Sip.ack2xx(c1, "z9hG4bK-c1ack", "b1"));
        w.send(3005 * MS, PBX, A, Sip.response(c4, 100, null));
        w.send(3100 * MS, PBX, A, Sip.response(c4, 486, "b4"));
        w.send(3101 * MS, A, PBX, Sip.ackOf(c4, "b4"));
        w.send(3500 * MS, PBX, A, Sip.response(c1, 200, "b1"));
        w.send(3501 * MS, A, PBX, Sip.ack2xx(c1, "z9hG4bK-c1ack", "b1"));
        // c5 at 4 s: 503 after 30 ms
        SipMessage c5 = Sip.invite("c5", "a5", "z9hG4bK-c5", 1, A);
        w.send(4000 * MS, A, PBX, c5);
        w.send(4030 * MS, PBX, A, Sip.response(c5, 503, "b5"));
        w.send(4031 * MS, A, PBX, Sip.ackOf(c5, "b5"));
        // c6 at 5 s: 7 transmissions, nothing back: Timer B at 37 s, a 408 for ISA
        SipMessage c6 = Sip.invite("c6", "a6", "z9hG4bK-c6", 1, A);
        // c7 at 6 s: 180 at 6.05 s, CANCEL at 9 s, 200 to the CANCEL, 487, ACK
        SipMessage c7 = Sip.invite("c7", "a7", "z9hG4bK-c7", 1, A);
        w.send(5000 * MS, A, PBX, c6);
        w.send(5500 * MS, A, PBX, c6);
        w.send(6000 * MS, A, PBX, c7);
        w.send(6050 * MS, PBX, A, Sip.response(c7, 180, "b7"));
        w.send(6500 * MS, A, PBX, c6);
        w.send(8500 * MS, A, PBX, c6);
        SipMessage cancel = Sip.cancelOf(c7);
        w.send(9000 * MS, A, PBX, cancel);
        w.send(9005 * MS, PBX, A, Sip.response(cancel, 200, "b7"));
        w.send(9006 * MS, PBX, A, Sip.response(c7, 487, "b7"));
        w.send(9007 * MS, A, PBX, Sip.ackOf(c7, "b7"));
        w.send(12500 * MS, A, PBX, c6);
        // c2 ended by the callee at 20 s -> 200 after 15 ms
        SipMessage bye2 = Sip.request("BYE").from("bob@example.com", "b2").to("alice@example.com").toTag("a2")
                .callId("c2").branch("z9hG4bK-bye2").cseq(1).via(PBX).build();
        w.send(20000 * MS, PBX, A, bye2);
        w.send(20015 * MS, A, PBX, Sip.response(bye2, 200, null));
        w.send(20500 * MS, A, PBX, c6);
        // a re-INVITE in c1's dialog: not an attempt
        SipMessage re = Sip.request("INVITE").from("alice@example.com", "a1").to("bob@example.com").toTag("b1")
                .callId("c1").branch("z9hG4bK-re").cseq(2).via(A).build();
        w.send(30000 * MS, A, PBX, re);
        w.send(30010 * MS, PBX, A, Sip.response(re, 200, null));
        w.send(30011 * MS, A, PBX, Sip.ack2xx(re, "z9hG4bK-reack", null));
        w.send(36500 * MS, A, PBX, c6);
        SipMessage bye1 = Sip.request("BYE").from("alice@example.com", "a1").to("bob@example.com").toTag("b1")
                .callId("c1").branch("z9hG4bK-bye1").cseq(3).via(A).build();
        w.send(63000 * MS, A, PBX, bye1);
        w.send(63020 * MS, PBX, A, Sip.response(bye1, 200, null));
        return new ArrayList<>(w.events());
    }

    private static AnalysisReport analyse() {
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        sevenAttempts().forEach(analysis::accept);
        return analysis.finish();
    }

    @Test
    void attemptsCountInitialInvitesWithChallengeRoundsInsideAndNoReInvite() {
        CallSummary c = analyse().calls();
        assertThat(c.attempts()).isEqualTo(7);
        assertThat(c.answered()).isEqualTo(2);
        assertThat(c.completed()).isEqualTo(2);
        assertThat(c.outcomes()).containsExactly(Map.entry("200", 2L), Map.entry("302", 1L), Map.entry("486", 1L),
                Map.entry("487", 1L), Map.entry("503", 1L), Map.entry("timeout", 1L));
    }

    @Test
    void ratiosFollowRfc6076WithTheAnalyzerConventions() {
        CallSummary c = analyse().calls();
        // SER = 2 answered / (7 - 1 redirected)
        assertThat(c.serPct()).isEqualTo(33.333);
        // SEER = (2 answered + 1 ended by 486) / 6
        assertThat(c.seerPct()).isEqualTo(50.0);
        // ISA = (503 + Timer B as 408) / 7
        assertThat(c.isaPct()).isEqualTo(28.571);
        // SCR = 2 completed / 7
        assertThat(c.scrPct()).isEqualTo(28.571);
    }

    @Test
    void srdKeepsSuccessfulAndFailedSetupsApart() {
        CallSummary c = analyse().calls();
        // successful: c1 40 ms (180), c2 250 ms (200, no provisional), c7 50 ms (180 before its CANCEL)
        assertThat(c.srd().count()).isEqualTo(3);
        assertThat(c.srd().p50()).isCloseTo(50.0, within(0.05));
        assertThat(c.srd().p90()).isEqualTo(250.0);
        assertThat(c.srd().max()).isEqualTo(250.0);
        // failed: c4 600 ms (486, from its first transmission), c5 30 ms (503); no sample for Timer B
        assertThat(c.srdFailed().count()).isEqualTo(2);
        assertThat(c.srdFailed().p50()).isCloseTo(30.0, within(0.03));
        assertThat(c.srdFailed().p99()).isEqualTo(600.0);
        assertThat(c.srdFailed().max()).isEqualTo(600.0);
    }

    @Test
    void sddIsFromTheFirstByeToIts2xx() {
        DelayStats sdd = analyse().calls().sdd();
        assertThat(sdd.count()).isEqualTo(2);
        assertThat(sdd.p50()).isCloseTo(15.0, within(0.015));
        assertThat(sdd.max()).isEqualTo(20.0);
    }

    @Test
    void attemptsPerSecondSeriesHasEverySecondOfTheInput() {
        CallSummary c = analyse().calls();
        PerSecondSeries s = c.attemptsPerSecond();
        assertThat(s.startNanos()).isZero();
        assertThat(s.counts()).hasSize(64); // seconds 0..63
        assertThat(s.counts().subList(0, 8)).containsExactly(1L, 1L, 2L, 0L, 1L, 1L, 1L, 0L);
        assertThat(s.counts().subList(8, 64)).containsOnly(0L);
        assertThat(c.peakAttemptsPerSecond()).isEqualTo(2);
    }

    @Test
    void retransmissionsAreCountedOnceInTheMetricsAndAllInTheMessageCounts() {
        SipCounts sip = analyse().sip();
        // c1's 200 and its ACK once each, c4's INVITE once, c6's INVITE six times
        assertThat(sip.retransmissions()).isEqualTo(9);
        assertThat(sip.requests()).containsExactly(Map.entry("ACK", 9L), Map.entry("BYE", 2L),
                Map.entry("CANCEL", 1L), Map.entry("INVITE", 16L));
        assertThat(sip.responses()).containsExactly(Map.entry("100", 3L), Map.entry("180", 2L),
                Map.entry("200", 7L), Map.entry("302", 1L), Map.entry("407", 1L), Map.entry("486", 1L),
                Map.entry("487", 1L), Map.entry("503", 1L));
    }
}
