package org.persistlab.sip;

import java.util.Locale;

/** The transport a SIP message travelled on, as the top Via names it (RFC 3261 §18, RFC 7118 for WS). */
public enum Transport {
    UDP(false, false),
    TCP(true, false),
    TLS(true, true),
    SCTP(true, false),
    WS(true, false),
    WSS(true, true);

    private final boolean reliable;
    private final boolean encrypted;

    Transport(boolean reliable, boolean encrypted) {
        this.reliable = reliable;
        this.encrypted = encrypted;
    }

    /** Reliable transports get no retransmissions and zero-length Timers D, I, J, K (RFC 3261 §17). */
    public boolean reliable() {
        return reliable;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** The token as written in a Via header ({@code SIP/2.0/TLS}) or a {@code transport=} parameter. */
    public String token() {
        return name();
    }

    /** Reads a Via or URI transport token, case-insensitively; {@code null} when it is not one we know. */
    public static Transport fromToken(String token) {
        if (token == null) {
            return null;
        }
        switch (token.trim().toUpperCase(Locale.ROOT)) {
            case "UDP": return UDP;
            case "TCP": return TCP;
            case "TLS": return TLS;
            case "SCTP": return SCTP;
            case "TLS-SCTP": return SCTP;
            case "WS": return WS;
            case "WSS": return WSS;
            default: return null;
        }
    }

    /** RFC 3261 §19.1.2 default port: 5061 for TLS (and WSS by the same rule), 5060 otherwise. */
    public int defaultPort() {
        return encrypted ? 5061 : 5060;
    }
}
