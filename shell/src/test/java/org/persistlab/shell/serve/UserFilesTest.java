package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.settings.GeneratedPhone;
import org.persistlab.sip.settings.PersistSettingsGenerator;

/** Users from persist-settings files: the guide's mapping, and every unusable file named. */
class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void theForceSipValuesBecomeTheUserAndBadFilesAreNamedAndSkipped() throws Exception {
        List<GeneratedPhone> phones = PersistSettingsGenerator.generate(3, 5, 201, null);
        for (GeneratedPhone p : phones) {
            Files.write(dir.resolve(p.fileName()), p.bytes());
        }
        GeneratedPhone first = phones.get(0);
        // the same extension again, in a file sorted after it; one with no password; one not a .txt
        Files.writeString(dir.resolve("ACO_J1xx_Persistsettings_201b.txt"), first.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("no-password.txt"), "SET FORCE_SIP_USERNAME 555\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("users.csv"), "SEQUENTIAL\n", StandardCharsets.UTF_8);

        UserFiles.Loaded loaded = UserFiles.read(dir, "phones");

        assertThat(loaded.users()).containsExactly(
                new GatewayUser(phones.get(0).username(), phones.get(0).password(), phones.get(0).extension()),
                new GatewayUser(phones.get(1).username(), phones.get(1).password(), phones.get(1).extension()),
                new GatewayUser(phones.get(2).username(), phones.get(2).password(), phones.get(2).extension()));
        assertThat(loaded.problems()).containsExactly(
                "phones/ACO_J1xx_Persistsettings_201b.txt: extension " + first.username()
                        + " is already created from phones/ACO_J1xx_Persistsettings_201.txt; this file is skipped",
                "phones/no-password.txt: no FORCE_SIP_PASSWORD for extension 555; no user created");
    }

    @Test
    void aSingleFileAndAMissingPath() throws Exception {
        GeneratedPhone p = PersistSettingsGenerator.generate(1, 5, 301, null).get(0);
        Path f = dir.resolve("one.txt");
        Files.write(f, p.bytes());
        assertThat(UserFiles.read(f, "one.txt").users()).extracting(GatewayUser::extension)
                .containsExactly(p.username());
        assertThat(UserFiles.read(dir.resolve("nope"), "nope").problems())
                .containsExactly("nope: no such file or directory");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(UserFiles.read(empty, "empty").problems())
                .containsExactly("empty: no *.txt persist-settings files in this directory");
    }
}
