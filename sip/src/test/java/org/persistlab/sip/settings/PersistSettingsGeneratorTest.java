package org.persistlab.sip.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.Transport;

class PersistSettingsGeneratorTest {
    static final ControllerEntry GATEWAY = ControllerEntry.of("192.0.2.10", 5060, Transport.TCP);

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherPasswords() {
        List<GeneratedPhone> a = PersistSettingsGenerator.generate(20, 7, 201, GATEWAY);
        List<GeneratedPhone> b = PersistSettingsGenerator.generate(20, 7, 201, GATEWAY);
        List<GeneratedPhone> c = PersistSettingsGenerator.generate(20, 8, 201, GATEWAY);
        assertThat(a).isEqualTo(b);
        assertThat(a).extracting(GeneratedPhone::password).doesNotContainAnyElementsOf(
                c.stream().map(GeneratedPhone::password).toList());
    }

    @Test
    void aPhoneDoesNotDependOnHowManyAreMade() {
        assertThat(PersistSettingsGenerator.generate(3, 5, 201, null))
                .isEqualTo(PersistSettingsGenerator.generate(10, 5, 201, null).subList(0, 3));
    }

    @Test
    void everyFileReadsBackCleanlyWithItsOwnCredentials() {
        List<GeneratedPhone> phones = PersistSettingsGenerator.generate(50, 1, 201, GATEWAY);
        assertThat(phones).extracting(GeneratedPhone::username).doesNotHaveDuplicates();
        assertThat(phones).extracting(GeneratedPhone::password).doesNotHaveDuplicates()
                .allMatch(p -> p.matches("[A-Za-z0-9]{12}"));
        for (int i = 0; i < phones.size(); i++) {
            GeneratedPhone p = phones.get(i);
            PhoneSettings s = PhoneSettings.parse(p.fileName(), p.bytes());
            assertThat(s.findings()).as(p.fileName()).isEmpty();
            assertThat(p.fileName()).isEqualTo("ACO_J1xx_Persistsettings_" + (201 + i) + ".txt");
            assertThat(s.forceSipExtension()).contains(Integer.toString(201 + i));
            assertThat(s.forceSipUsername()).contains(p.username());
            assertThat(s.forceSipPassword()).contains(p.password());
            assertThat(s.controllers()).containsExactly(ControllerEntry.of("aco.example.net", 5096, Transport.TLS),
                    GATEWAY);
            assertThat(p.model()).isIn("J139", "J169", "J179");
        }
    }

    @Test
    void withoutAGatewayTheListHasOnlyTheAcoEntry() {
        GeneratedPhone p = PersistSettingsGenerator.generate(1, 1, 1000, null).get(0);
        assertThat(PhoneSettings.parse("g", p.bytes()).controllers()).extracting(ControllerEntry::host)
                .containsExactly("aco.example.net");
    }

    @Test
    void theSippFileIsSequentialWithUserPasswordExtensionPerLine() {
        List<GeneratedPhone> phones = PersistSettingsGenerator.generate(3, 2, 201, null);
        String[] lines = PersistSettingsGenerator.sippUsersCsv(phones).split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("SEQUENTIAL");
        for (int i = 0; i < 3; i++) {
            assertThat(lines[i + 1].split(";", -1)).containsExactly(phones.get(i).username(),
                    phones.get(i).password(), phones.get(i).extension());
        }
        assertThat(lines[4]).isEmpty();
    }

    @Test
    void nonsenseCountsAreRefused() {
        assertThatThrownBy(() -> PersistSettingsGenerator.generate(0, 1, 201, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersistSettingsGenerator.generate(2, 1, Integer.MAX_VALUE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
