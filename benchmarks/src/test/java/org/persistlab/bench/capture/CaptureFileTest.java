package org.persistlab.bench.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.ProblemSink;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.analyzer.decode.FileSummary;
import org.persistlab.sip.SipMessage;

/** The benchmark's capture is what it says: one SIP message per packet, all decodable, written once. */
class CaptureFileTest {
    @Test
    void everyPacketIsOneSipMessageInTheStatedRotation(@TempDir Path dir) throws Exception {
        Path file = CaptureFile.ensure(dir, 300);
        List<SipMessage> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FileSummary s = new CaptureDecoder().decode(file, e -> seen.add(e.message()), p -> problems.add(p.toString()));
        assertThat(problems).isEmpty();
        assertThat(s.packets()).isEqualTo(300);
        assertThat(seen).hasSize(300);
        for (int i = 0; i < 300; i += 3) {
            assertThat(seen.get(i).method()).isEqualTo("REGISTER");
            assertThat(seen.get(i).authorization().param("username")).isNotNull();
            assertThat(seen.get(i + 1).statusCode()).isEqualTo(200);
            assertThat(seen.get(i + 1).callId()).isEqualTo(seen.get(i).callId());
            assertThat(seen.get(i + 2).method()).isEqualTo("INVITE");
            assertThat(seen.get(i + 2).bodyLength()).isPositive();
        }
        assertThat(seen.stream().map(SipMessage::callId).distinct().count()).as("fresh Call-IDs").isEqualTo(200);
    }

    /** tshark, the independent reader: it finds the same rotation of REGISTER, 200 and INVITE. */
    @Test
    void tsharkReadsTheSameMessages(@TempDir Path dir) throws Exception {
        Path file = CaptureFile.ensure(dir, 90);
        Process p = new ProcessBuilder("tshark", "-n", "-r", file.toString(), "-Y", "sip", "-T", "fields",
                "-e", "sip.Method", "-e", "sip.Status-Code").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        List<String> lines = output.lines().map(String::strip).toList();
        assertThat(lines).as(output).hasSize(90);
        for (int i = 0; i < 90; i += 3) {
            assertThat(lines.get(i)).isEqualTo("REGISTER");
            assertThat(lines.get(i + 1)).isEqualTo("200");
            assertThat(lines.get(i + 2)).isEqualTo("INVITE");
        }
    }

    @Test
    void theFileIsReusedAndTheSameCountGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = CaptureFile.ensure(dir.resolve("a"), 60);
        long modified = Files.getLastModifiedTime(a).toMillis();
        assertThat(CaptureFile.ensure(dir.resolve("a"), 60)).isEqualTo(a);
        assertThat(Files.getLastModifiedTime(a).toMillis()).isEqualTo(modified);
        Path b = CaptureFile.ensure(dir.resolve("b"), 60);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.list(dir.resolve("a")).map(p -> p.getFileName().toString()))
                .containsExactly("bench-sip-udp-60.pcap");
    }
}
