package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.persistlab.analyzer.decode.CaptureDecoder;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.shell.Commands;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;

/**
 * What the SIPp integration tests share: the loopback addresses (SIPp's user agents, the gateway and
 * the trunk each on its own 127/8 address, so that "the same host" means the same party, as the core's
 * toll-fraud guard and the analyzer's hop detection need), free ports, the scenario files, and
 * phones made by the real {@code lab settings generate}.
 */
final class SippLab {
    static final InetAddress PHONES = address("127.0.0.1");
    static final InetAddress GATEWAY = address("127.0.0.2");
    static final InetAddress TRUNK = address("127.0.0.3");
    static final InetAddress STRANGER = address("127.0.0.4");

    private SippLab() {
    }

    /** One generated phone: its injection-file fields. */
    record Phone(String user, String password, String extension) {
        /** Its line for an authenticating injection file ({@link SippCredentials}). */
        String authLine() {
            return user + ";[authentication username=" + user + " password=" + password + "];" + extension;
        }
    }

    /**
     * Runs {@code lab settings generate --phones n --out dir} and reads back the {@code users.csv} it
     * wrote, so the tests use the same files a user would.
     */
    static List<Phone> generate(Path dir, int n) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Dispatcher(Commands.all(), "test").execute(
                List.of("settings", "generate", "--phones", Integer.toString(n), "--out", dir.toString()),
                CommandContext.plain(new PrintWriter(out, true), new PrintWriter(err, true)));
        assertThat(status).as(err.toString()).isZero();
        List<Phone> phones = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("users.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(";");
            if (f.length == 3) {
                phones.add(new Phone(f[0], f[1], f[2]));
            }
        }
        assertThat(phones).hasSize(n);
        return phones;
    }

    /** An injection file: SEQUENTIAL, then the lines. */
    static Path csv(Path dir, String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "SEQUENTIAL\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    static String scenario(String name) {
        try {
            return Path.of(SippLab.class.getResource("/serve/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port free for both UDP and TCP on {@code a}. */
    static int freePort(InetAddress a) throws IOException {
        return LoopbackPorts.free(a);
    }

    /** The analyzer's report of a capture file, failing the test on any decoding problem. */
    static AnalysisReport analyze(Path pcap) {
        WireAnalysis analysis = new WireAnalysis(AnalysisOptions.defaults());
        List<String> problems = new ArrayList<>();
        new CaptureDecoder().decode(pcap, analysis::accept, p -> problems.add(p.toString()));
        assertThat(problems).isEmpty();
        return analysis.finish();
    }

    /** Common SIPp arguments: target, scenario, local address and port, transport, and a global time limit. */
    static List<String> sipp(InetAddress remote, int remotePort, String scenario, InetAddress local, int localPort,
                             String transport, String... more) {
        List<String> a = new ArrayList<>(List.of(remote.getHostAddress() + ":" + remotePort, "-sf", scenario(scenario),
                "-i", local.getHostAddress(), "-p", Integer.toString(localPort), "-t", transport, "-timeout", "60s"));
        a.addAll(List.of(more));
        return a;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
