package org.persistlab.sip;

/** The request methods the lab knows by name; anything else is {@link #OTHER} and keeps its text. */
public enum SipMethod {
    INVITE, ACK, BYE, CANCEL, REGISTER, OPTIONS, PRACK, SUBSCRIBE, NOTIFY, PUBLISH, INFO, REFER, MESSAGE,
    UPDATE, OTHER;

    private static final SipMethod[] KNOWN = {INVITE, ACK, BYE, CANCEL, REGISTER, OPTIONS, PRACK, SUBSCRIBE,
        NOTIFY, PUBLISH, INFO, REFER, MESSAGE, UPDATE};

    /**
     * Methods are case-sensitive (RFC 3261 §7.1), so {@code invite} is an extension method, not INVITE.
     * Returns {@link #OTHER} for anything not listed.
     */
    public static SipMethod of(byte[] b, int start, int end) {
        int len = end - start;
        for (SipMethod m : KNOWN) {
            String n = m.name();
            if (n.length() == len && regionEquals(b, start, n)) {
                return m;
            }
        }
        return OTHER;
    }

    public static SipMethod of(String text) {
        for (SipMethod m : KNOWN) {
            if (m.name().equals(text)) {
                return m;
            }
        }
        return OTHER;
    }

    private static boolean regionEquals(byte[] b, int start, String n) {
        for (int i = 0; i < n.length(); i++) {
            if (b[start + i] != n.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
