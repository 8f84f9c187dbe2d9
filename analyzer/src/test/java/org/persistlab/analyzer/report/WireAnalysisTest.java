package org.persistlab.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

class WireAnalysisTest {
    private static WireEvent event(long t, String text) {
        return new WireEvent(t, Sip.ep("10.0.0.1:5060"), Sip.ep("192.0.2.1:5060"), Transport.UDP,
                SipMessage.parse(text));
    }

    @Test
    void aMessageWithUnreadableTrackingHeadersIsCountedAsUntrackedAndTheRestGoesOn() {
        WireAnalysis a = new WireAnalysis(AnalysisOptions.defaults());
        a.accept(event(0, "OPTIONS sip:x@y SIP/2.0\r\nCall-ID: 1\r\nCSeq: 1 OPTIONS\r\n"
                + "From: <sip:a@b>;tag=1\r\nTo: <sip:x@y>\r\nContent-Length: 0\r\n\r\n"));
        a.accept(event(1, "REGISTER sip:y SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK-1\r\n"
                + "Call-ID: 2\r\nCSeq: one REGISTER\r\nFrom: <sip:a@y>;tag=1\r\nTo: <sip:a@y>\r\n"
                + "Content-Length: 0\r\n\r\n"));
        SipMessage ok = Sip.register("201@example.com", "z9hG4bK-2", "r", 1, "10.0.0.1:5060");
        a.accept(event(2, ok.toString()));
        AnalysisReport r = a.finish();

        assertThat(r.sip().messages()).isEqualTo(3);
        assertThat(r.sip().untracked()).isEqualTo(2);
        assertThat(r.sip().requests()).containsExactly(Map.entry("OPTIONS", 1L), Map.entry("REGISTER", 2L));
        assertThat(r.registrations().registerMessages()).isEqualTo(2);
        assertThat(r.registrations().attempts()).isEqualTo(1);
    }

    @Test
    void anEmptyInputGivesZerosAndUndefinedRatios() {
        AnalysisReport r = new WireAnalysis(AnalysisOptions.defaults()).finish();
        assertThat(r.firstEventNanos()).isNull();
        assertThat(r.sip().messages()).isZero();
        assertThat(r.calls().attempts()).isZero();
        assertThat(r.calls().scrPct()).isNull();
        assertThat(r.calls().attemptsPerSecond().counts()).isEmpty();
        assertThat(r.failover().phones()).isEmpty();
        assertThat(r.failover().latency().count()).isZero();
    }

    @Test
    void aFinishedAnalysisRefusesMoreInput() {
        WireAnalysis a = new WireAnalysis(AnalysisOptions.defaults());
        a.finish();
        assertThatThrownBy(() -> a.accept(event(0, Sip.request("OPTIONS").build().toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
        assertThatThrownBy(a::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReportIsImmutable() {
        WireAnalysis a = new WireAnalysis(AnalysisOptions.defaults());
        a.accept(event(0, Sip.request("OPTIONS").build().toString()));
        AnalysisReport r = a.finish();
        assertThatThrownBy(() -> r.sip().requests().put("X", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.calls().attemptsPerSecond().counts().add(1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
