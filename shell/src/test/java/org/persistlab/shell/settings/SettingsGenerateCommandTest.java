package org.persistlab.shell.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.cli.ExitStatus;

class SettingsGenerateCommandTest {
    @TempDir
    Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The value of {@code SET name} in a file, found with plain string search, no settings code. */
    private static String setValue(Path file, String name) {
        return Fixtures.read(file).lines().filter(l -> l.startsWith("SET " + name + " ")).findFirst().orElseThrow()
                .substring(("SET " + name + " ").length()).replace("\"", "");
    }

    @Test
    void writesNFilesAndASippInjectionFileThatAgree() throws IOException {
        Lab.Result r = Lab.run(dir, "settings", "generate", "--phones", "3", "--start-extension", "3001",
                "--gateway", "192.0.2.10;transport=tcp", "--out", "gen");
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
        assertThat(r.out()).isEqualTo("wrote 3 settings files (ACO_J1xx_Persistsettings_3001.txt .."
                + " ACO_J1xx_Persistsettings_3003.txt) and users.csv to gen\n");
        Path gen = dir.resolve("gen");
        assertThat(names(gen)).containsExactly("ACO_J1xx_Persistsettings_3001.txt", "ACO_J1xx_Persistsettings_3002.txt",
                "ACO_J1xx_Persistsettings_3003.txt", "users.csv");
        List<String> csv = Fixtures.read(gen.resolve("users.csv")).lines().toList();
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).isEqualTo("SEQUENTIAL");
        for (int i = 0; i < 3; i++) {
            Path f = gen.resolve("ACO_J1xx_Persistsettings_" + (3001 + i) + ".txt");
            assertThat(csv.get(i + 1)).isEqualTo(setValue(f, "FORCE_SIP_USERNAME") + ";"
                    + setValue(f, "FORCE_SIP_PASSWORD") + ";" + setValue(f, "FORCE_SIP_EXTENSION"));
            assertThat(setValue(f, "FORCE_SIP_EXTENSION")).isEqualTo(Integer.toString(3001 + i));
            assertThat(setValue(f, "SIP_CONTROLLER_LIST"))
                    .isEqualTo("aco.example.net:5096;transport=tls,192.0.2.10:5060;transport=tcp");
        }
        Lab.Result check = Lab.run(dir, "settings", "check", "gen");
        assertThat(check.out()).isEqualTo("checked 3 files: no findings\n");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        Lab.run(dir, "settings", "generate", "--phones", "5", "--seed", "42", "--out", "a");
        Lab.run(dir, "settings", "generate", "--phones", "5", "--seed", "42", "--out", "b");
        Lab.run(dir, "settings", "generate", "--phones", "5", "--seed", "43", "--out", "c");
        for (String f : List.of("ACO_J1xx_Persistsettings_201.txt", "ACO_J1xx_Persistsettings_205.txt", "users.csv")) {
            assertThat(Fixtures.bytes(dir.resolve("a").resolve(f))).isEqualTo(Fixtures.bytes(dir.resolve("b").resolve(f)));
        }
        assertThat(Fixtures.bytes(dir.resolve("a/users.csv"))).isNotEqualTo(Fixtures.bytes(dir.resolve("c/users.csv")));
    }

    @Test
    void withoutAGatewayTheFilesNeedAPatchAndThenCheckClean() {
        Lab.Result g = Lab.run(dir, "settings", "generate", "--phones", "2", "--out", "gen");
        assertThat(g.out()).contains("no gateway entry yet");
        assertThat(Lab.run(dir, "settings", "check", "gen").status()).isEqualTo(ExitStatus.FAILURE);
        Lab.run(dir, "settings", "patch", "gen", "--gateway", "192.0.2.10:5061;transport=tls", "--out", "patched");
        Lab.Result c = Lab.run(dir, "settings", "check", "patched");
        assertThat(c.out()).isEqualTo("checked 2 files: no findings\n");
        assertThat(c.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void itNeverOverwritesOtherContentsButRerunsAreHarmless() {
        assertThat(Lab.run(dir, "settings", "generate", "--phones", "2", "--out", "gen").status()).isEqualTo(ExitStatus.OK);
        assertThat(Lab.run(dir, "settings", "generate", "--phones", "2", "--out", "gen").status()).isEqualTo(ExitStatus.OK);
        byte[] before = Fixtures.bytes(dir.resolve("gen/users.csv"));
        Lab.Result r = Lab.run(dir, "settings", "generate", "--phones", "2", "--seed", "9", "--out", "gen");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(r.err()).contains("exists with other contents; not overwritten").contains("nothing written");
        assertThat(Fixtures.bytes(dir.resolve("gen/users.csv"))).isEqualTo(before);
    }

    @Test
    void nonsenseArgumentsAreUsageErrors() {
        assertThat(Lab.run(dir, "settings", "generate").err()).contains("--phones N is required");
        assertThat(Lab.run(dir, "settings", "generate", "--phones", "0").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(Lab.run(dir, "settings", "generate", "--phones", "x").err()).contains("whole number");
        assertThat(Lab.run(dir, "settings", "generate", "--phones", "2", "--gateway", "h;transport=udp").err())
                .contains("only tcp or tls");
        assertThat(Lab.run(dir, "settings", "generate", "--phones", "2", "--start-extension", "0").status())
                .isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void settingsAloneExplainsItsSubcommands() {
        Lab.Result r = Lab.run(dir, "settings");
        assertThat(r.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(r.err()).contains("check").contains("patch").contains("users").contains("generate");
        Lab.Result help = Lab.run(dir, "help", "settings", "patch");
        assertThat(help.out()).contains("--gateway HOST[:PORT][;transport=tcp|tls]").contains("--in-place");
    }
}
