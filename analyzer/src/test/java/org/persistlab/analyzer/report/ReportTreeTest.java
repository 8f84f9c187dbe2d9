package org.persistlab.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.track.Sip;
import org.persistlab.sip.SipMessage;

class ReportTreeTest {
    private static AnalysisReport small() {
        Sip.Script w = new Sip.Script();
        SipMessage r = Sip.register("201@example.com", "z9hG4bK-1", "r", 1, "10.0.0.1:5060");
        w.send(1_000_000_000L, "10.0.0.1:5060", "192.0.2.1:5060", r);
        w.send(1_020_000_000L, "192.0.2.1:5060", "10.0.0.1:5060", Sip.response(r, 200, "s"));
        WireAnalysis a = new WireAnalysis(AnalysisOptions.defaults());
        w.events().forEach(a::accept);
        return a.finish();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void theTreeHasTheIssueKeysInAStableOrder() {
        Map<String, Object> t = small().toTree();
        assertThat(t).containsOnlyKeys("sip", "registrations", "calls", "failover");
        assertThat(List.copyOf(t.keySet())).containsExactly("sip", "registrations", "calls", "failover");
        assertThat(List.copyOf(map(t.get("sip")).keySet())).containsExactly("messages", "retransmissions",
                "untracked", "requests", "responses");
        assertThat(List.copyOf(map(t.get("registrations")).keySet())).containsExactly("attempts", "succeeded",
                "failed", "challenges", "ira_pct", "rrd_ms", "peak_per_s", "amplification", "register_messages",
                "aors", "registrars");
        assertThat(List.copyOf(map(t.get("calls")).keySet())).containsExactly("attempts", "answered", "completed",
                "outcomes", "srd_ms", "srd_failed_ms", "sdd_ms", "ser_pct", "seer_pct", "isa_pct", "scr_pct",
                "peak_attempts_per_s", "attempts_per_s");
        assertThat(List.copyOf(map(t.get("failover")).keySet())).containsExactly("phones", "latency_ms");
        Map<String, Object> phone = map(((List<?>) map(t.get("failover")).get("phones")).get(0));
        assertThat(List.copyOf(phone.keySet())).containsExactly("phone", "primary", "gateway",
                "last_primary_sign_ns", "first_unanswered_ns", "first_gateway_request_ns", "gateway_registered_ns",
                "failback_ns", "latency_ms");
    }

    @Test
    void everyDelayIsAnObjectWithNullsWhenEmptyAndNumbersOfTheDocumentedTypes() {
        Map<String, Object> t = small().toTree();
        Map<String, Object> regs = map(t.get("registrations"));
        assertThat(map(regs.get("rrd_ms"))).containsExactly(Map.entry("p50", 20.0), Map.entry("p90", 20.0),
                Map.entry("p99", 20.0), Map.entry("max", 20.0), Map.entry("count", 1L));
        Map<String, Object> srd = map(map(t.get("calls")).get("srd_ms"));
        assertThat(List.copyOf(srd.keySet())).containsExactly("p50", "p90", "p99", "max", "count");
        assertThat(srd.get("p50")).isNull();
        assertThat(srd.get("count")).isEqualTo(0L);
        assertThat(regs.get("ira_pct")).isEqualTo(0.0);
        assertThat(map(t.get("calls")).get("ser_pct")).isNull();
        assertThat(regs.get("attempts")).isInstanceOf(Long.class);
        Map<String, Object> registrar = map(((List<?>) regs.get("registrars")).get(0));
        assertThat(registrar.get("registrar")).isEqualTo("192.0.2.1:5060");
        Map<String, Object> perSecond = map(registrar.get("per_s"));
        assertThat(perSecond.get("start_ns")).isEqualTo(1_000_000_000L);
        assertThat(perSecond.get("counts")).isEqualTo(List.of(1L));
        assertThat(map(map(t.get("sip")).get("responses"))).containsExactly(Map.entry("200", 1L));
    }

    @Test
    void theSameInputGivesAnEqualTree() {
        assertThat(small().toTree()).isEqualTo(small().toTree());
    }
}
