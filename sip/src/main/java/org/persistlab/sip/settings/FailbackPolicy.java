package org.persistlab.sip.settings;

import java.util.Locale;

/** {@code FAILBACK_POLICY}: how a failed-over phone returns to a higher-priority controller (domain.md §1.3). */
public enum FailbackPolicy {
    /** The phone keeps checking the primary and moves back when it answers. */
    AUTO,
    /** The phone stays until the administrator forces re-registration. */
    ADMIN;

    /** The value as a settings file writes it. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code auto} or {@code admin} ignoring case. */
    public static FailbackPolicy fromToken(String token) {
        return valueOf(token.trim().toUpperCase(Locale.ROOT));
    }
}
