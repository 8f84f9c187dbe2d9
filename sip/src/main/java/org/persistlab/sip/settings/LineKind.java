package org.persistlab.sip.settings;

/** What a line of a 46xxsettings file is. */
public enum LineKind {
    /** {@code SET NAME VALUE}. */
    SET,
    /** {@code GET file}: an include, which the lab reports and never follows. */
    GET,
    /** {@code IF $VAR SEQ value GOTO label}: kept, not evaluated. */
    IF,
    /** {@code GOTO label}: kept, not evaluated. */
    GOTO,
    /** {@code ## text}. */
    COMMENT,
    /** {@code # LABEL}: a GOTO target. */
    LABEL,
    /** Nothing but white space. */
    BLANK,
    /** Anything else; kept byte for byte and reported. */
    OTHER
}
