package org.persistlab.analyzer.decode;

import org.persistlab.sip.SipStartLine;

/**
 * Recognises SIP by content, on any port: a start line ({@code METHOD uri SIP/2.0} or
 * {@code SIP/2.0 NNN reason}) after optional CR/LF bytes. It costs a look at the first byte for
 * most non-SIP payloads (RTP starts with 0x80, TLS with 0x14..0x17) and one scan of the first line
 * otherwise.
 *
 * <p>Junk glued to the front of the start line on the same line ({@code DBREGISTER sip:... SIP/2.0},
 * see {@code malformed_zeek_junk_before_register.pcap}) is skipped: the message is read from the
 * known method name or {@code SIP/2.0} inside the line, and the caller reports the skipped bytes.
 * This is what Wireshark does with that capture, and a REGISTER lost to two stray bytes would be a
 * registration the analysis never sees.
 */
final class SipSniffer {
    /** The payload is only CR and LF bytes: a keep-alive. */
    static final int KEEPALIVE = -2;
    /** Not SIP. */
    static final int NOT_SIP = -1;
    /** Longest first line we look at: far above any real start line, and a bound on the cost for junk. */
    private static final int MAX_FIRST_LINE = 8 * 1024;

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
        if (!isPrintableAscii(b[p])) {
            return NOT_SIP;
        }
        int limit = Math.min(end, p + MAX_FIRST_LINE);
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
