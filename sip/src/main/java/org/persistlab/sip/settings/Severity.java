package org.persistlab.sip.settings;

import java.util.Locale;

/** How bad a settings finding is: an ERROR makes {@code lab settings check} fail, a WARNING does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** {@code error} or {@code warning}, as compilers print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
