package org.persistlab.sip.settings;

/** How one line of a settings file ends; kept per line so mixed files write back byte for byte. */
public enum LineEnding {
    /** The last line of a file that does not end with a newline. */
    NONE(""),
    LF("\n"),
    CRLF("\r\n");

    private final String text;

    LineEnding(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }
}
