package org.persistlab.sip.settings;

/** How a parameter's value is written and checked. */
public enum ParameterKind {
    /** A whole number within [min, max]. */
    INTEGER,
    /** {@code 0} or {@code 1}. */
    FLAG,
    /** One of a fixed set of words, matched ignoring case. */
    CHOICE,
    /** Free text, at most {@code max} characters. */
    TEXT,
    /** A {@code SIP_CONTROLLER_LIST} value, checked by {@link ControllerList}. */
    CONTROLLER_LIST
}
