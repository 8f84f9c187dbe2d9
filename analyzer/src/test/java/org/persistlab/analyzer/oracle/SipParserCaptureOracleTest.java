package org.persistlab.analyzer.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.sip.Transport;
import org.persistlab.sip.testing.JainSipOracle;

/**
 * Issue 3's oracle test over real traffic: every SIP message cut out of a UDP payload in the public
 * captures is read by our parser and by JAIN-SIP, and every field the lab uses must agree (or the RFC
 * says why not, below).
 */
class SipParserCaptureOracleTest {
    /**
     * Where we and JAIN-SIP differ on purpose: "file: field or kind" to the reason.
     */
    private static final Map<String, String> ON_PURPOSE = Map.of(
            // SIPp wrote "To: ...;tag=6204SIPpTag012;tag=2". RFC 3261 §7.3.1: a parameter name MUST NOT
            // appear twice. Wireshark reads the first tag and so do we; JAIN-SIP keeps the last.
            "pkts_cancel_udp.pcap: to.tag", "duplicate tag parameter: first wins, as in Wireshark",
            // A REGISTER without CSeq. RFC 3261 §8.1.1 requires one; JAIN-SIP's lenient mode reads the
            // message anyway. We keep and count the message but do not invent a CSeq.
            "malformed_zeek_junk_before_register.pcap: missing CSeq", "no CSeq header",
            // Bare IPv6 hosts with a port: "fe80:0:0:0:21a:a0ff:fe07:32e0:5060". RFC 3261 §19.1.1 and §20.42
            // want "[...]"; the input is malformed and the peers disagree: JAIN-SIP takes all 9 groups as
            // the host and no port, Wireshark takes host "fe80" and port "0". We read the only valid
            // address, the first 8 groups, and port 5060.
            "heplify_call_ipv6_bad_timestamps.pcap: via.host", "bare IPv6 sent-by with port",
            "heplify_call_ipv6_bad_timestamps.pcap: via.port", "bare IPv6 sent-by with port",
            "heplify_call_ipv6_bad_timestamps.pcap: requestUri.host", "bare IPv6 host with port",
            "heplify_call_ipv6_bad_timestamps.pcap: requestUri.port", "bare IPv6 host with port",
            "heplify_call_ipv6_bad_timestamps.pcap: contact.uri.host", "bare IPv6 host with port",
            "heplify_call_ipv6_bad_timestamps.pcap: contact.uri.port", "bare IPv6 host with port");

    @Test
    void everyUdpSipMessageInThePublicCapturesAgreesWithJainSip() {
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> compared = new TreeMap<>();
        for (Path file : CaptureCorpus.all()) {
            String name = file.getFileName().toString();
            new CaptureDecoder().decode(file, e -> {
                if (e.transport() != Transport.UDP) {
                    return;
                }
                JainSipOracle.Result r = JainSipOracle.compare(e.message().toBytes());
                compared.merge(name, 1, Integer::sum);
                if (r.jain() != null && r.ours() == null) {
                    // We keep messages JAIN-SIP refuses (the analyzer must count them): say which.
                    disagreements.add(name + " @" + e.timeNanos() + ": JAIN-SIP refuses: " + r.jain());
                } else if (r.ours() != null) {
                    if (!(r.ours().contains("missing CSeq")
                            && ON_PURPOSE.containsKey(name + ": missing CSeq"))) {
                        disagreements.add(name + " @" + e.timeNanos() + ": we refuse: " + r.ours());
                    }
                } else {
                    for (String d : r.differences()) {
                        String field = d.substring(0, d.indexOf(':'));
                        if (!ON_PURPOSE.containsKey(name + ": " + field)) {
                            disagreements.add(name + " @" + e.timeNanos() + ": " + d);
                        }
                    }
                }
            }, p -> { });
        }
        int total = compared.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("UDP SIP messages compared, per file: %s", compared).isGreaterThan(20);
        assertThat(disagreements).as("messages where our parser and JAIN-SIP disagree").isEmpty();
    }
}
