package org.persistlab.shell.settings;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.cli.ExitStatus;

class SettingsPatchCommandTest {
    static final String LIST_LINE = "SET SIP_CONTROLLER_LIST aco.example.net:5096;transport=tls";

    @TempDir
    Path dir;

    @Test
    void patchThenCheckIsClean() {
        Fixtures.write(dir.resolve("in"), "p1.txt", Fixtures.unpatched("16505550100", "pw1", "201"));
        Fixtures.write(dir.resolve("in"), "p2.txt", Fixtures.unpatched("16505550101", "pw2", "202"));
        Lab.Result p = Lab.run(dir, "settings", "patch", "in", "--gateway", "192.0.2.10:5060;transport=tcp",
                "--out", "out");
        assertThat(p.status()).isEqualTo(ExitStatus.OK);
        assertThat(p.out()).isEqualTo("patched   " + Path.of("in", "p1.txt") + ":3 -> " + Path.of("out", "p1.txt") + "\n"
                + "patched   " + Path.of("in", "p2.txt") + ":3 -> " + Path.of("out", "p2.txt") + "\n");
        Lab.Result c = Lab.run(dir, "settings", "check", "out");
        assertThat(c.out()).isEqualTo("checked 2 files: no findings\n");
        assertThat(c.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void everyUntouchedLineIsByteIdenticalAndTheListLineGainsTheGateway() {
        Path in = Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=tcp", "--out", "out");
        List<byte[]> before = Fixtures.rawLines(Fixtures.bytes(in));
        List<byte[]> after = Fixtures.rawLines(Fixtures.bytes(dir.resolve("out/p.txt")));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (i == 2) {
                assertThat(new String(after.get(i), UTF_8))
                        .isEqualTo(LIST_LINE + ",192.0.2.10:5060;transport=tcp\n");
            } else {
                assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
            }
        }
    }

    @Test
    void patchingTwiceChangesNothingTheSecondTime() {
        Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10:5061", "--out", "once");
        Lab.Result second = Lab.run(dir, "settings", "patch", "once/p.txt", "--gateway", "192.0.2.10:5061",
                "--out", "twice");
        assertThat(second.out()).startsWith("unchanged " + Path.of("once", "p.txt") + ":3");
        assertThat(Fixtures.bytes(dir.resolve("twice/p.txt"))).isEqualTo(Fixtures.bytes(dir.resolve("once/p.txt")));
        assertThat(Fixtures.read(dir.resolve("once/p.txt"))).contains(LIST_LINE + ",192.0.2.10:5061;transport=tls\n");
    }

    @Test
    void aNewGatewayReplacesTheOldOne() {
        Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201")
                .replace("transport=tls\n", "transport=tls,192.0.2.99:5060;transport=tcp\n"));
        Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "[2001:db8::10];transport=tcp", "--in-place");
        assertThat(Fixtures.read(dir.resolve("p.txt"))).contains(LIST_LINE + ",[2001:db8::10]:5060;transport=tcp\n");
    }

    @Test
    void windowsLineEndingsAreKept() {
        String crlf = Fixtures.unpatched("16505550100", "pw", "201").replace("\n", "\r\n");
        Path in = Fixtures.write(dir, "p.txt", crlf);
        Lab.Result r = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=tcp",
                "--out", "out");
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
        String patched = Fixtures.read(dir.resolve("out/p.txt"));
        assertThat(patched).isEqualTo(crlf.replace(LIST_LINE + "\r\n",
                LIST_LINE + ",192.0.2.10:5060;transport=tcp\r\n"));
        assertThat(Fixtures.read(in)).isEqualTo(crlf);
    }

    @Test
    void itRefusesToWriteWithoutOutOrInPlace() {
        Path in = Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result r = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=tcp");
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(r.err()).contains("refusing to write: give --out DIR for patched copies, or --in-place");
        assertThat(Fixtures.read(in)).isEqualTo(Fixtures.unpatched("16505550100", "pw", "201"));
    }

    @Test
    void inPlaceOverwritesTheOriginal() {
        Path in = Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result r = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=tcp", "--in-place");
        assertThat(r.out()).isEqualTo("patched   p.txt:3\n");
        assertThat(Fixtures.read(in)).contains(LIST_LINE + ",192.0.2.10:5060;transport=tcp\n");
    }

    @Test
    void tlsWarnsAboutTheRootCertificateAndTcpDoesNot() {
        Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result tls = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10", "--out", "a");
        assertThat(tls.err()).contains("WebRootCA.pem");
        assertThat(Fixtures.read(dir.resolve("a/p.txt"))).contains(",192.0.2.10:5061;transport=tls\n");
        Lab.Result tcp = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=tcp",
                "--out", "b");
        assertThat(tcp.err()).isEmpty();
    }

    @Test
    void badGatewaysAreUsageErrors() {
        Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result udp = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=udp", "--out", "o");
        assertThat(udp.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(udp.err()).contains("only tcp or tls");
        Lab.Result port = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10:0", "--out", "o");
        assertThat(port.err()).contains("--gateway '192.0.2.10:0' has the bad port '0'");
        Lab.Result two = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10,192.0.2.11", "--out", "o");
        assertThat(two.err()).contains("takes one entry");
        Lab.Result none = Lab.run(dir, "settings", "patch", "p.txt", "--out", "o");
        assertThat(none.err()).contains("--gateway HOST[:PORT][;transport=tcp|tls] is required");
        assertThat(Files.exists(dir.resolve("o"))).isFalse();
    }

    @Test
    void aFileWithoutAUsableListIsNotPatchedAndTheOthersAre() {
        Fixtures.write(dir.resolve("in"), "a.txt", "SET FORCE_SIP_USERNAME 1\n");
        Fixtures.write(dir.resolve("in"), "b.txt", "SET SIP_CONTROLLER_LIST a.example.net, b.example.net\n");
        Fixtures.write(dir.resolve("in"), "c.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result r = Lab.run(dir, "settings", "patch", "in", "--gateway", "192.0.2.10;transport=tcp", "--out", "out");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).contains(Path.of("in", "a.txt") + ": error: no SET SIP_CONTROLLER_LIST line")
                .contains(Path.of("in", "b.txt") + ":1: error: SIP_CONTROLLER_LIST entry 2 ' b.example.net' contains a space");
        assertThat(Files.exists(dir.resolve("out/a.txt"))).isFalse();
        assertThat(Files.exists(dir.resolve("out/b.txt"))).isFalse();
        assertThat(Files.exists(dir.resolve("out/c.txt"))).isTrue();
    }

    @Test
    void itNeverWritesOverAnOriginalThroughOut() {
        Path in = Fixtures.write(dir, "p.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result r = Lab.run(dir, "settings", "patch", "p.txt", "--gateway", "192.0.2.10;transport=tcp", "--out", ".");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).contains("is the original; use --in-place");
        assertThat(Fixtures.read(in)).isEqualTo(Fixtures.unpatched("16505550100", "pw", "201"));
    }
}
