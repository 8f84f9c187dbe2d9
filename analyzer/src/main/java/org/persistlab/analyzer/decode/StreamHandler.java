package org.persistlab.analyzer.decode;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Frame;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.SipStartLine;
import org.persistlab.sip.SipStreamFramer;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;

/**
 * Decides what one direction of a TCP connection carries and reads it: SIP (framed by
 * {@link SipStreamFramer}), SIP over WebSocket (after the HTTP Upgrade), or TLS and other traffic
 * (counted, never parsed). Until it knows, it searches the in-order bytes for a SIP start line at
 * the start of a line, so a capture that begins in the middle of a connection, or a stream after a
 * hole, resynchronises on the next message; the bytes before it are counted as skipped.
 */
final class StreamHandler implements StreamListener {
    enum Mode { UNDECIDED, SIP, WEBSOCKET, TLS, OTHER }

    private final DecodeContext ctx;
    private final TcpConnection connection;
    private final Endpoint src;
    private final Endpoint dst;
    private Mode mode = Mode.UNDECIDED;
    private byte[] pending = new byte[0];
    private int pendingLength;
    private long searched;
    private SipStreamFramer framer;
    private WebSocketFrameDecoder webSocket;
    private boolean sawSip;

    StreamHandler(DecodeContext ctx, TcpConnection connection, Endpoint src, Endpoint dst) {
        this.ctx = ctx;
        this.connection = connection;
        this.src = src;
        this.dst = dst;
    }

    Mode mode() {
        return mode;
    }

    /** The connection turned out to be TLS: stop looking for SIP in it. */
    void markTls() {
        mode = Mode.TLS;
        pending = new byte[0];
        pendingLength = 0;
        framer = null;
        webSocket = null;
    }

    /** The outcome of a packet that delivered (or buffered) bytes for this direction. */
    PacketOutcome dataOutcome() {
        switch (mode) {
            case SIP:
                return PacketOutcome.SIP;
            case TLS:
                return PacketOutcome.TLS;
            case WEBSOCKET:
                return sawSip ? PacketOutcome.SIP : PacketOutcome.WEBSOCKET_NOT_SIP;
            default:
                return PacketOutcome.TCP_NOT_SIP;
        }
    }

    @Override
    public void onBytes(byte[] b, int off, int len, long timeNanos, long fileOffset) {
        switch (mode) {
            case UNDECIDED -> undecided(b, off, len, timeNanos, fileOffset);
            case SIP -> {
                framer.feed(b, off, len);
                drainFramer(timeNanos, fileOffset);
            }
            case WEBSOCKET -> {
                webSocket.feed(b, off, len);
                drainWebSocket(timeNanos, fileOffset);
            }
            default -> {
                // TLS and other traffic are counted by the connection, not read.
            }
        }
    }

    @Override
    public void onGap(long missing, long timeNanos, long fileOffset) {
        switch (mode) {
            case SIP -> {
                endFramer();
                mode = Mode.UNDECIDED;
            }
            case WEBSOCKET -> {
                // Frame boundaries after a hole are unknown; WebSocket has no marker to resynchronise on.
                ctx.count(DecodeEvent.WEBSOCKET_ERROR);
                webSocket = null;
                mode = Mode.OTHER;
            }
            case UNDECIDED -> {
                searched += pendingLength;
                ctx.count(DecodeEvent.STREAM_BYTES_SKIPPED, pendingLength);
                pendingLength = 0;
            }
            default -> {
            }
        }
    }

    /** The stream ended (FIN, RST, expiry or end of capture): a message still being framed is cut off. */
    void end() {
        if (mode == Mode.SIP) {
            endFramer();
        }
        if (mode == Mode.UNDECIDED && pendingLength > 0) {
            ctx.count(DecodeEvent.STREAM_BYTES_SKIPPED, pendingLength);
        }
        pending = new byte[0];
        pendingLength = 0;
        webSocket = null;
    }

    private void endFramer() {
        Frame last = framer.finish();
        if (last != null) {
            ctx.count(DecodeEvent.SIP_STREAM_TRUNCATED);
        }
        ctx.count(DecodeEvent.SIP_STREAM_KEEPALIVE, framer.keepAlives());
        framer = null;
    }

    private void undecided(byte[] b, int off, int len, long timeNanos, long fileOffset) {
        append(b, off, len);
        if (pendingLength >= 1 && (pending[0] & 0xFF) >= 20 && (pending[0] & 0xFF) <= 23) {
            if (pendingLength < 5) {
                return;
            }
            if (TlsSniffer.isRecordStart(pending, 0, pendingLength)) {
                connection.markTls();
                return;
            }
        }
        if (HttpUpgrade.looksLikeHttp(pending, 0, pendingLength)) {
            int start = HttpUpgrade.webSocketStart(pending, 0, pendingLength);
            if (start >= 0) {
                if (pending[0] == 'G') {
                    ctx.count(DecodeEvent.WEBSOCKET_CONNECTION); // once per connection: on the client's request
                }
                mode = Mode.WEBSOCKET;
                webSocket = new WebSocketFrameDecoder(ctx.config.maxMessageBytes());
                webSocket.feed(pending, start, pendingLength - start);
                pending = new byte[0];
                pendingLength = 0;
                drainWebSocket(timeNanos, fileOffset);
                return;
            }
            if (start == HttpUpgrade.NEED_MORE && pendingLength < ctx.config.framerLimits().maxHeaderBytes()) {
                return;
            }
            giveUp();
            return;
        }
        searchStartLine(timeNanos, fileOffset);
    }

    private void searchStartLine(long timeNanos, long fileOffset) {
        int lineStart = 0;
        for (int i = 0; i < pendingLength; i++) {
            if (pending[i] != '\n') {
                continue;
            }
            int contentEnd = i > lineStart && pending[i - 1] == '\r' ? i - 1 : i;
            if (SipStartLine.isStartLine(pending, lineStart, contentEnd)) {
                startSip(lineStart, timeNanos, fileOffset);
                return;
            }
            lineStart = i + 1;
        }
        // Keep the unfinished last line (it may become a start line); drop the complete lines before it.
        int drop = pendingLength - lineStart > ctx.config.framerLimits().maxStartLine() ? pendingLength : lineStart;
        if (drop > 0) {
            ctx.count(DecodeEvent.STREAM_BYTES_SKIPPED, drop);
            searched += drop;
            System.arraycopy(pending, drop, pending, 0, pendingLength - drop);
            pendingLength -= drop;
        }
        if (searched > ctx.config.maxUndecidedBytes()) {
            giveUp();
        }
    }

    private void startSip(int at, long timeNanos, long fileOffset) {
        if (at > 0) {
            ctx.count(DecodeEvent.STREAM_BYTES_SKIPPED, at);
        }
        mode = Mode.SIP;
        searched = 0; // the search budget is per resynchronisation, not per connection
        framer = new SipStreamFramer(ctx.config.framerLimits());
        framer.feed(pending, at, pendingLength - at);
        pending = new byte[0];
        pendingLength = 0;
        drainFramer(timeNanos, fileOffset);
    }

    private void giveUp() {
        ctx.count(DecodeEvent.STREAM_BYTES_SKIPPED, pendingLength);
        mode = Mode.OTHER;
        pending = new byte[0];
        pendingLength = 0;
    }

    private void append(byte[] b, int off, int len) {
        if (pendingLength + len > pending.length) {
            byte[] grown = new byte[Math.max(pendingLength + len, Math.max(256, pending.length * 2))];
            System.arraycopy(pending, 0, grown, 0, pendingLength);
            pending = grown;
        }
        System.arraycopy(b, off, pending, pendingLength, len);
        pendingLength += len;
    }

    private void drainFramer(long timeNanos, long fileOffset) {
        for (Frame f = framer.next(); f != null; f = framer.next()) {
            if (f instanceof Frame.Message m) {
                sawSip = true;
                ctx.emit(timeNanos, src, dst, Transport.TCP, m.message());
            } else if (f instanceof Frame.Error e) {
                ctx.count(DecodeEvent.SIP_STREAM_ERROR);
                ctx.problem(fileOffset, "SIP over TCP " + src + " -> " + dst + ", stream byte " + e.streamOffset()
                        + ": " + e.reason());
            }
        }
    }

    private void drainWebSocket(long timeNanos, long fileOffset) {
        for (WebSocketFrameDecoder.Message m = webSocket.next(); m != null; m = webSocket.next()) {
            byte[] p = m.payload();
            int at = SipSniffer.find(p, 0, p.length);
            if (at == SipSniffer.KEEPALIVE) {
                ctx.count(DecodeEvent.SIP_STREAM_KEEPALIVE);
            } else if (at >= 0) {
                try {
                    sawSip = true;
                    ctx.emit(timeNanos, src, dst, Transport.WS, SipMessage.parse(p, at, p.length - at));
                } catch (SipParseException e) {
                    ctx.count(DecodeEvent.SIP_STREAM_ERROR);
                    ctx.problem(fileOffset, "SIP over WebSocket " + src + " -> " + dst + ": " + e.getMessage());
                }
            }
        }
        if (webSocket.error() != null) {
            ctx.count(DecodeEvent.WEBSOCKET_ERROR);
            ctx.problem(fileOffset, "WebSocket " + src + " -> " + dst + ": " + webSocket.error()
                    + "; the rest of this direction is not read");
            webSocket = null;
            mode = Mode.OTHER;
        }
    }
}
