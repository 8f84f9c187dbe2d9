package org.persistlab.sip.settings;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One phone made by {@link PersistSettingsGenerator}: its credentials and its settings file.
 *
 * @param fileName  {@code ACO_J1xx_Persistsettings_<extension>.txt}
 * @param model     J139, J169 or J179
 * @param username  FORCE_SIP_USERNAME (the IP Office base extension)
 * @param password  FORCE_SIP_PASSWORD (letters and digits only)
 * @param extension FORCE_SIP_EXTENSION (the IP Office user name)
 * @param text      the whole settings file, LF line endings
 */
public record GeneratedPhone(String fileName, String model, String username, String password, String extension,
                             String text) {
    public GeneratedPhone {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
