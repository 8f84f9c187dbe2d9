package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.Commands;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;
import org.persistlab.shell.cli.ExitStatus;

/** {@code lab serve} as a user runs it: options, messages, the event lines and the summary. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lab(String... args) {
        return new Dispatcher(Commands.all(), "test").execute(List.of(args),
                CommandContext.plain(new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    @Test
    void withoutUsersItSaysWhereUsersComeFrom() {
        assertThat(lab("serve")).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("--users FILE|DIR is required").contains("lab settings generate");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        SippLab.generate(dir.resolve("phones"), 1);
        String users = dir.resolve("phones").toString();
        assertThat(lab("serve", "--users", users, "--duration", "5x")).isEqualTo(ExitStatus.USAGE);
        assertThat(lab("serve", "--users", users, "--udp", "5070", "--tcp", "5071")).isEqualTo(ExitStatus.USAGE);
        assertThat(lab("serve", "--users", users, "--trunk", "198.51.100.1")).isEqualTo(ExitStatus.USAGE);
        assertThat(lab("serve", "--users", users, "--trunk", "198.51.100.1:5060;transport=tls"))
                .isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("unknown unit 'x'").contains("UDP and TCP must share one port")
                .contains("--trunk expects HOST:PORT").contains("the trunk runs over udp or tcp")
                .doesNotContain("Exception");
    }

    @Test
    void noUsableUserAndATakenPortAreOneLineErrors() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("empty"));
        assertThat(lab("serve", "--users", dir.resolve("empty").toString())).isEqualTo(ExitStatus.FAILURE);
        assertThat(err.toString()).contains("no user could be created");

        SippLab.generate(dir.resolve("phones"), 1);
        int port = SippLab.freePort(SippLab.GATEWAY);
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(SippLab.GATEWAY, port))) {
            assertThat(lab("serve", "--users", dir.resolve("phones").toString(), "--bind", "127.0.0.2",
                    "--udp", Integer.toString(port), "--duration", "1s")).isEqualTo(ExitStatus.FAILURE);
        }
        assertThat(err.toString()).contains("cannot listen on UDP 127.0.0.2:" + port).doesNotContain("\tat ");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aVerboseRunPrintsEachRegistrationAndTheSummary() throws Exception {
        List<SippLab.Phone> phones = SippLab.generate(dir.resolve("phones"), 2);
        int port = SippLab.freePort(SippLab.GATEWAY);
        // an unwritable capture file: the server says why there is no capture and runs anyway
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> lab("serve", "--users",
                dir.resolve("phones").toString(), "--bind", "127.0.0.2", "--udp", Integer.toString(port),
                "--licenses", "1", "--duration", "4s", "--verbose", "--capture",
                dir.resolve("no-such-dir/serve.pcap").toString()));
        waitFor(() -> out.toString().contains("lab serve: listening on UDP 127.0.0.2:" + port));
        try {
            register(port, phones.get(0));
            register(port, phones.get(1));
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("no answer; out: " + out + "\nerr: " + err, e);
        }
        assertThat(run.get(20, TimeUnit.SECONDS)).isEqualTo(ExitStatus.OK);

        String o = out.toString();
        assertThat(o).contains("TCP 127.0.0.2:" + port).contains("2 users, 1 licenses, no trunk");
        assertThat(o).containsPattern(phones.get(0).user() + " +127\\.0\\.0\\.1:\\d+ +registered over UDP for 3600 s");
        assertThat(o).contains(phones.get(1).user()).contains("no license: emergency calls only");
        assertThat(o).contains("registrations  2 accepted, 0 refused; 2 challenges sent")
                .contains("licenses 1 of 1 in use, 1 emergency-only");
        assertThat(err.toString()).contains("live capture unavailable (").contains("running without --capture")
                .doesNotContain("\tat ");
    }

    private static void register(int port, SippLab.Phone phone) throws Exception {
        String template = """
                REGISTER sip:127.0.0.2 SIP/2.0\r
                Via: SIP/2.0/UDP 127.0.0.1:PORT;branch=z9hG4bK-cmd-USER-CSEQ\r
                Max-Forwards: 70\r
                From: <sip:USER@127.0.0.2>;tag=cmd\r
                To: <sip:USER@127.0.0.2>\r
                Call-ID: cmd-USER\r
                CSeq: CSEQ REGISTER\r
                Contact: <sip:USER@127.0.0.1:PORT>\r
                User-Agent: Avaya one-X Deskphone\r
                Content-Length: 0\r
                \r
                """;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(SippLab.PHONES, 0))) {
            s.setSoTimeout(3_000);
            String base = template.replace("USER", phone.user()).replace("PORT", Integer.toString(s.getLocalPort()));
            String challenge = send(s, port, base.replace("CSEQ", "1"));
            assertThat(challenge).startsWith("SIP/2.0 401");
            assertThat(send(s, port, HandDigest.authorize(base.replace("CSEQ", "2"), challenge, phone.user(),
                    phone.password(), "sip:127.0.0.2"))).startsWith("SIP/2.0 200");
        }
    }

    private static String send(DatagramSocket s, int port, String text) throws Exception {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        s.send(new DatagramPacket(b, b.length, new InetSocketAddress(SippLab.GATEWAY, port)));
        byte[] buf = new byte[4096];
        DatagramPacket in = new DatagramPacket(buf, buf.length);
        s.receive(in);
        return new String(buf, 0, in.getLength(), StandardCharsets.UTF_8);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        List<Integer> tries = new ArrayList<>();
        while (!condition.getAsBoolean()) {
            assertThat(tries.size()).as("waited 10 s").isLessThan(200);
            tries.add(1);
            Thread.sleep(50);
        }
    }
}
