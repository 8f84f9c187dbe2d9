package org.persistlab.sip.settings;

import java.util.Locale;

/** {@code SIPREGPROXYPOLICY}: register with one controller at a time, or with several at once. */
public enum RegProxyPolicy {
    ALTERNATE,
    SIMULTANEOUS;

    /** The value as a settings file writes it. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code alternate} or {@code simultaneous} ignoring case. */
    public static RegProxyPolicy fromToken(String token) {
        return valueOf(token.trim().toUpperCase(Locale.ROOT));
    }
}
