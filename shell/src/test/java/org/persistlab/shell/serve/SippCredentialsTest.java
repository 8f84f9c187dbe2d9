package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.settings.GeneratedPhone;
import org.persistlab.sip.settings.PersistSettingsGenerator;

class SippCredentialsTest {
    @Test
    void eachGeneratedLineCarriesItsOwnAuthenticationKeyword() {
        List<GeneratedPhone> phones = PersistSettingsGenerator.generate(2, 3, 201, null);
        String csv = SippCredentials.authenticationCsv(PersistSettingsGenerator.sippUsersCsv(phones));
        GeneratedPhone p = phones.get(1);
        assertThat(csv.lines()).hasSize(3).first().isEqualTo("SEQUENTIAL");
        assertThat(csv.lines().toList().get(2)).isEqualTo(p.username() + ";[authentication username=" + p.username()
                + " password=" + p.password() + "];" + p.extension());
    }

    @Test
    void commentsStayAndABadLineIsNamed() {
        assertThat(SippCredentials.authenticationCsv("RANDOM\n# note\nu;p;1\n"))
                .isEqualTo("RANDOM\n# note\nu;[authentication username=u password=p];1\n");
        assertThatThrownBy(() -> SippCredentials.authenticationCsv("SEQUENTIAL\nu;p;1\nu2;pass word;2\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 3:");
        assertThatThrownBy(() -> SippCredentials.authenticationCsv("SEQUENTIAL\nu;p\n"))
                .hasMessageStartingWith("line 2:");
    }
}
