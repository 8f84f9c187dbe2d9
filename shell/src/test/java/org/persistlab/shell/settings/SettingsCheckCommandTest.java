package org.persistlab.shell.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.cli.ExitStatus;

class SettingsCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSampleIsClean() {
        Lab.Result r = Lab.run(Path.of("").toAbsolutePath(), "settings", "check", Fixtures.SAMPLE.toString());
        assertThat(r.out()).isEqualTo("checked 1 file: no findings\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void missingForceValuesAreErrorsNamingTheFileOrTheLine() {
        Fixtures.write(dir, "a.txt", String.join("\n",
                "## no user name, no extension",                                    // 1
                "SET SIP_CONTROLLER_LIST aco.example.net,192.0.2.10;transport=tcp", // 2
                "SET FORCE_SIP_PASSWORD \"\"",                                      // 3
                ""));
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        assertThat(r.out()).contains("a.txt: error: no SET FORCE_SIP_USERNAME line")
                .contains("a.txt: error: no SET FORCE_SIP_EXTENSION line")
                .contains("a.txt:3: error: FORCE_SIP_PASSWORD is empty")
                .endsWith("checked 1 file: 3 errors, 0 warnings\n");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void implausibleForceValuesAreErrorsOnTheirLines() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "ext-201")
                .replace("aco.example.net:5096;transport=tls", "aco.example.net:5096;transport=tls,192.0.2.10"));
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        assertThat(r.out()).isEqualTo("a.txt:6: error: FORCE_SIP_EXTENSION 'ext-201' is not all digits, but it is"
                + " the phone's extension number\n"
                + "checked 1 file: 1 error, 0 warnings\n");
    }

    @Test
    void aUdpGatewayIsAnErrorOnTheListLine() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "201")
                .replace("transport=tls", "transport=tls,192.0.2.10:5060;transport=udp"));
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        assertThat(r.out()).startsWith("a.txt:3: error: the gateway entry 192.0.2.10:5060;transport=udp uses udp;");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void aListWithoutTheGatewayIsAnErrorThatSaysHowToFixIt() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "201"));
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        assertThat(r.out()).startsWith("a.txt:3: error: SIP_CONTROLLER_LIST has only the ACO entry")
                .contains("lab settings patch --gateway");
    }

    @Test
    void aControllerListWithSpacesIsAnErrorNamingLineAndColumn() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "201")
                .replace("transport=tls", "transport=tls, 192.0.2.10:5060;transport=tcp"));
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        // "SET SIP_CONTROLLER_LIST " is 24 characters and the ACO entry plus its comma 35: the space is column 60.
        assertThat(r.out()).startsWith("a.txt:3: error: SIP_CONTROLLER_LIST entry 2 ' 192.0.2.10:5060;transport=tcp'"
                + " contains a space; entries are separated by commas with no spaces (column 60)\n");
        assertThat(r.out()).doesNotContain("only the ACO entry");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void aValueOutOfRangeIsAnErrorOnItsLine() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "201")
                .replace("transport=tls", "transport=tls,192.0.2.10;transport=tcp")
                .replace("SET REGISTERWAIT 900", "SET REGISTERWAIT 20"));
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        assertThat(r.out()).isEqualTo("a.txt:7: error: REGISTERWAIT 20 is out of range 30-86400 s; the default 900 s"
                + " applies\nchecked 1 file: 1 error, 0 warnings\n");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void duplicateExtensionsAndUserNamesAcrossFilesAreErrorsOnTheLaterFile() {
        Path d = dir.resolve("phones");
        String list = "transport=tls,192.0.2.10;transport=tcp";
        Fixtures.write(d, "b.txt", Fixtures.unpatched("16505550100", "pw1", "201").replace("transport=tls", list));
        Fixtures.write(d, "a.txt", Fixtures.unpatched("16505550101", "pw2", "202").replace("transport=tls", list));
        Fixtures.write(d, "c.txt", Fixtures.unpatched("16505550101", "pw3", "201").replace("transport=tls", list));
        Fixtures.write(d, "notes.md", "not a settings file");
        Lab.Result r = Lab.run(dir, "settings", "check", "phones");
        String a = Path.of("phones", "a.txt").toString();
        String b = Path.of("phones", "b.txt").toString();
        String c = Path.of("phones", "c.txt").toString();
        assertThat(r.out()).isEqualTo(
                c + ":4: error: FORCE_SIP_USERNAME 16505550101 is also used by " + a + ":4; IP Office can create it only once\n"
                + c + ":6: error: FORCE_SIP_EXTENSION 201 is also used by " + b + ":6; IP Office can create it only once\n"
                + "checked 3 files: 2 errors, 0 warnings\n");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void warningsAloneDoNotFailTheCheck() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "201")
                .replace("transport=tls", "transport=tls,192.0.2.10;transport=tcp") + "GET more.txt\n");
        Lab.Result r = Lab.run(dir, "settings", "check", "a.txt");
        assertThat(r.out()).isEqualTo("a.txt:11: warning: GET more.txt is not followed: includes are not supported\n"
                + "checked 1 file: 0 errors, 1 warning\n");
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void unreadableArgumentsAreReportedAndTheRestIsChecked() {
        Fixtures.write(dir, "a.txt", Fixtures.unpatched("16505550100", "pw", "201")
                .replace("transport=tls", "transport=tls,192.0.2.10;transport=tcp"));
        Fixtures.write(dir.resolve("empty"), "x.cfg", "");
        Lab.Result r = Lab.run(dir, "settings", "check", "missing.txt", "a.txt", "empty");
        assertThat(r.err()).contains("error: missing.txt: no such file or directory")
                .contains("error: empty: no *.txt files in this directory");
        assertThat(r.out()).isEqualTo("checked 1 file: no findings\n");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void withoutArgumentsItIsAUsageError() {
        Lab.Result r = Lab.run(dir, "settings", "check");
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(r.err()).contains("missing FILE|DIR");
    }
}
