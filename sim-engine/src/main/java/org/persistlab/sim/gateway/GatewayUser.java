package org.persistlab.sim.gateway;

import java.util.Objects;

/**
 * One IP Office user and its SIP extension, as the caller builds it from a phone's persist-settings
 * file (DESIGN.md, "Provisioning"): {@code FORCE_SIP_USERNAME} is the base extension and the digest
 * username, {@code FORCE_SIP_PASSWORD} the extension's password, {@code FORCE_SIP_EXTENSION} the
 * user's name and full name.
 */
public record GatewayUser(String extension, String password, String fullName) {
    public GatewayUser {
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(password, "password");
        if (extension.isBlank()) {
            throw new IllegalArgumentException("a user needs an extension (FORCE_SIP_USERNAME)");
        }
        fullName = fullName == null ? "" : fullName;
    }

    /** Keeps the password out of logs and reports. */
    @Override
    public String toString() {
        return "GatewayUser[" + extension + ", " + fullName + "]";
    }
}
