package org.persistlab.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.metrics.CallMetricsTestAccess;
import org.persistlab.analyzer.metrics.FailoverScenarioAccess;
import org.persistlab.sip.WireEvent;

class ReportTextTest {
    private static String render(List<WireEvent> events, int width) {
        WireAnalysis a = new WireAnalysis(AnalysisOptions.defaults());
        events.forEach(a::accept);
        StringWriter out = new StringWriter();
        ReportText.write(a.finish(), new PrintWriter(out), width);
        return out.toString();
    }

    @Test
    void sectionsAndUnitsAreThere() {
        String text = render(CallMetricsTestAccess.sevenAttempts(), 120);
        assertThat(text).contains("== SIP messages", "== Registrations", "== Calls", "== Failover per phone");
        assertThat(text).containsPattern("SER\\s+33\\.333\\s+%");
        assertThat(text).containsPattern("ISA\\s+28\\.571\\s+%");
        assertThat(text).containsPattern("INVITE\\s+16");
        assertThat(text).contains("delay (ms)", "SRD successful", "SRD failed", "SDD");
        assertThat(text).containsPattern("timeout\\s+1");
    }

    @Test
    void failoverTableColumnsAreAlignedAndMomentsAreSecondsAfterTheFirstEvent() {
        String text = render(FailoverScenarioAccess.events(), 200);
        List<String> lines = text.lines().toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("phone ")) {
                header = i;
            }
        }
        assertThat(header).isPositive();
        String head = lines.get(header);
        String p1 = lines.get(header + 1);
        String p2 = lines.get(header + 2);
        assertThat(p1).contains("10.1.0.11", "198.51.100.10:5060", "192.0.2.10:5060", "60.012000", "90.000000",
                "122.000000", "122.080000", "242.200000", "32080.0");
        assertThat(p2).contains("10.1.0.12", "75.000000", "107.040000", "32040.0");
        // right-aligned columns end where their header ends
        int end = head.indexOf("latency ms") + "latency ms".length();
        assertThat(p1.length()).isEqualTo(end);
        assertThat(p2.length()).isEqualTo(end);
    }

    @Test
    void aNarrowWidthWritesEachPhoneAsABlock() {
        String text = render(FailoverScenarioAccess.events(), 60);
        assertThat(text).containsPattern("phone 10\\.1\\.0\\.11");
        assertThat(text).containsPattern("1st unanswered\\s+90\\.000000");
        for (String line : text.lines().toList()) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(60);
        }
    }
}
