package org.persistlab.shell.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.cli.ExitStatus;

class SettingsUsersCommandTest {
    @TempDir
    Path dir;

    private void twoPhones() {
        Fixtures.write(dir.resolve("in"), "a.txt", Fixtures.unpatched("16505550100", "s3cret,1", "201"));
        Fixtures.write(dir.resolve("in"), "b.txt", Fixtures.unpatched("16505550101", "pw2", "202"));
    }

    @Test
    void theTableMapsTheGuidesFieldsAndMasksPasswords() {
        twoPhones();
        Lab.Result r = Lab.run(dir, "settings", "users", "in");
        String a = Path.of("in", "a.txt").toString();
        String b = Path.of("in", "b.txt").toString();
        assertThat(r.out()).isEqualTo(
                "BASE EXTENSION  PASSWORD  USER NAME  FULL NAME  FILE\n"
                + "16505550100     ********  201        201        " + a + "\n"
                + "16505550101     ********  202        202        " + b + "\n"
                + "2 persistent phones: 2 IP Office endpoint licenses, or 2 user subscriptions in subscription mode"
                + " (one per persistent phone)\n");
        assertThat(r.out()).doesNotContain("s3cret").doesNotContain("pw2");
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void passwordsAreShownOnlyWhenAsked() {
        twoPhones();
        Lab.Result r = Lab.run(dir, "settings", "users", "in", "--show-passwords", "--format", "csv");
        assertThat(r.out()).isEqualTo("base_extension,password,user_name,full_name,file\r\n"
                + "16505550100,\"s3cret,1\",201,201," + Path.of("in", "a.txt") + "\r\n"
                + "16505550101,pw2,202,202," + Path.of("in", "b.txt") + "\r\n");
        assertThat(r.err()).contains("2 IP Office endpoint licenses");
    }

    @Test
    void jsonCarriesUsersAndLicenseCounts() {
        twoPhones();
        Lab.Result r = Lab.run(dir, "settings", "users", "in", "--format", "json");
        assertThat(r.out()).startsWith("{\n  \"users\": [\n    {\n      \"baseExtension\": \"16505550100\",\n"
                        + "      \"password\": \"********\",\n      \"userName\": \"201\",\n")
                .contains("\"passwordsShown\": false,\n  \"endpointLicenses\": 2,\n  \"userSubscriptions\": 2,\n"
                        + "  \"ip500v2MaxExtensions\": 384,\n  \"overIp500v2Limit\": false\n}\n");
    }

    @Test
    void filesWithoutCredentialsOrWithDuplicatesAreReportedAndLeftOut() {
        twoPhones();
        Fixtures.write(dir.resolve("in"), "c.txt", "SET FORCE_SIP_USERNAME 16505550102\n");
        Fixtures.write(dir.resolve("in"), "d.txt", Fixtures.unpatched("16505550103", "pw4", "201"));
        Lab.Result r = Lab.run(dir, "settings", "users", "in");
        assertThat(r.err()).contains(Path.of("in", "c.txt") + ": error: no SET FORCE_SIP_PASSWORD line")
                .contains(Path.of("in", "d.txt") + ":6: error: FORCE_SIP_EXTENSION 201 is also used by");
        assertThat(r.out()).contains("2 persistent phones").doesNotContain("16505550102").doesNotContain("16505550103");
        assertThat(r.status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void morePhonesThanAnIp500V2HoldsIsAWarning() {
        Lab.run(dir, "settings", "generate", "--phones", "385", "--out", "many");
        Lab.Result r = Lab.run(dir, "settings", "users", "many", "--format", "csv");
        assertThat(r.err()).contains("warning: 385 extensions exceed the IP500 V2 limit of 384");
        assertThat(r.out().split("\r\n")).hasSize(386);
        assertThat(r.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void exactly384PhonesFit() {
        Lab.run(dir, "settings", "generate", "--phones", "384", "--out", "full");
        Lab.Result r = Lab.run(dir, "settings", "users", "full");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("384 persistent phones: 384 IP Office endpoint licenses");
    }
}
