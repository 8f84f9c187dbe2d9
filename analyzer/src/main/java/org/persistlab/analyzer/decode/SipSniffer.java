package org.persistlab.analyzer.decode;

import org.persistlab.sip.SipStartLine;

/**
 * Recognises SIP by content, on any port: a start line ({@code METHOD uri SIP/2.0} or
 * {@code SIP/2.0 NNN reason}) after optional CR/LF bytes, checked with the same rules as the stream
 * framer ({@link SipStartLine}). The cost is one scan of the first line: at most 256 bytes for a
 * payload starting with a byte no start line starts with (RTP, TLS, binary protocols).
 *
 * <p>Junk glued to the front of the start line on the same line ({@code xxREGISTER sip:... SIP/2.0},
 * Zeek GH-1507) is skipped: the message is read from the known method name or {@code SIP/2.0} inside
 * the line, and the caller reports the skipped bytes, because a REGISTER lost to a few stray bytes
 * would be a registration the analysis never sees. (In {@code malformed_zeek_junk_before_register.pcap}
 * the "junk" turns out to be the UDP checksum field; the UDP payload itself starts cleanly.)
 */
final class SipSniffer {
    /** The payload is only CR and LF bytes: a keep-alive. */
    static final int KEEPALIVE = -2;
    /** Not SIP. */
    static final int NOT_SIP = -1;
    /** Longest first line we look at: far above any real start line, and a bound on the cost for junk. */
    private static final int MAX_FIRST_LINE = 8 * 1024;
    /** Longest first line looked at when the payload starts with a byte no start line starts with. */
    private static final int MAX_BINARY_JUNK_LINE = 256;

    private SipSniffer() {
    }

    /**
     * Where the SIP start line begins in {@code b[off, end)}, or {@link #NOT_SIP} or {@link #KEEPALIVE}.
     * A result greater than the first non-CR/LF byte means junk was skipped.
     */
    static int find(byte[] b, int off, int end) {
        int p = off;
        while (p < end && (b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
        if (p == end) {
            return p > off ? KEEPALIVE : NOT_SIP;
        }
        // A start line begins with a token character; anything else can only be junk before one, which
        // must then end its line soon (this keeps the look at RTP and other binary payloads short).
        int limit = Math.min(end, p + (isPrintableAscii(b[p]) ? MAX_FIRST_LINE : MAX_BINARY_JUNK_LINE));
        int lf = -1;
        for (int i = p; i < limit; i++) {
            if (b[i] == '\n') {
                lf = i;
                break;
            }
        }
        if (lf < 0) {
            return NOT_SIP;
        }
        int lineEnd = lf > p && b[lf - 1] == '\r' ? lf - 1 : lf;
        if (SipStartLine.isStartLine(b, p, lineEnd)) {
            return p;
        }
        int embedded = SipStartLine.findStartWithin(b, p, lineEnd);
        return embedded > p ? embedded : NOT_SIP;
    }

    private static boolean isPrintableAscii(byte c) {
        return c > ' ' && c < 0x7F;
    }
}
