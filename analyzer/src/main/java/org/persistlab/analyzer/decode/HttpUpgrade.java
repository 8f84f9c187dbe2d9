package org.persistlab.analyzer.decode;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises the HTTP/1.1 handshake that turns a TCP connection into a WebSocket (RFC 6455 §4):
 * the client's {@code GET} with {@code Upgrade: websocket}, and the server's {@code 101 Switching
 * Protocols}. Runs once per connection direction, so it may build strings.
 */
final class HttpUpgrade {
    /** The direction is an HTTP request or response still missing the end of its headers. */
    static final int NEED_MORE = -1;
    /** Not an HTTP message that starts a WebSocket. */
    static final int NO = -2;

    private HttpUpgrade() {
    }

    /** True when the bytes start like an HTTP request or response line. */
    static boolean looksLikeHttp(byte[] b, int off, int end) {
        return startsWith(b, off, end, "GET ") || startsWith(b, off, end, "HTTP/1.");
    }

    /**
     * For bytes that look like HTTP: the offset just after the header block when it opens a WebSocket,
     * {@link #NEED_MORE} while the header block is incomplete, {@link #NO} otherwise.
     */
    static int webSocketStart(byte[] b, int off, int end) {
        int headerEnd = -1;
        for (int i = off; i + 3 < end; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                headerEnd = i + 4;
                break;
            }
        }
        if (headerEnd < 0) {
            return NEED_MORE;
        }
        String head = new String(b, off, headerEnd - off, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("http/1.")) {
            int sp = head.indexOf(' ');
            return sp > 0 && head.startsWith("101", sp + 1) ? headerEnd : NO;
        }
        for (String line : head.split("\r\n")) {
            if (line.startsWith("upgrade:") && line.contains("websocket")) {
                return headerEnd;
            }
        }
        return NO;
    }

    private static boolean startsWith(byte[] b, int off, int end, String prefix) {
        if (end - off < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[off + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
