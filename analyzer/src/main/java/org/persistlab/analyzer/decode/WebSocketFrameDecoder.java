package org.persistlab.analyzer.decode;

import java.io.ByteArrayOutputStream;

/**
 * Reads WebSocket frames (RFC 6455 §5) from one direction of a connection after its HTTP Upgrade:
 * 7-, 16- and 64-bit lengths, client masking undone, fragmented messages joined, control frames
 * (close, ping, pong) stepped over even between fragments. One data message is one SIP message
 * (RFC 7118 §5). A frame that cannot be read (reserved opcode or bits, a length over the limit)
 * ends the decoding of this direction: frame boundaries after it cannot be trusted.
 */
final class WebSocketFrameDecoder {
    /** One text or binary message, unmasked. */
    record Message(boolean text, byte[] payload) {
    }

    private static final int CONTINUATION = 0;
    private static final int TEXT = 1;
    private static final int BINARY = 2;

    private final int maxMessage;
    private byte[] buf = new byte[4096];
    private int start;
    private int end;
    private ByteArrayOutputStream assembling;
    private boolean assemblingText;
    private String error;
    private long controlFrames;

    WebSocketFrameDecoder(int maxMessage) {
        this.maxMessage = maxMessage;
    }

    void feed(byte[] b, int off, int len) {
        if (error != null) {
            return;
        }
        if (end + len > buf.length) {
            int live = end - start;
            byte[] target = live + len > buf.length ? new byte[Math.max(live + len, buf.length * 2)] : buf;
            System.arraycopy(buf, start, target, 0, live);
            buf = target;
            start = 0;
            end = live;
        }
        System.arraycopy(b, off, buf, end, len);
        end += len;
    }

    /** The next complete data message, or {@code null} when more bytes are needed or after an error. */
    Message next() {
        while (error == null && end - start >= 2) {
            int b0 = buf[start] & 0xFF;
            int b1 = buf[start + 1] & 0xFF;
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0F;
            boolean masked = (b1 & 0x80) != 0;
            long length = b1 & 0x7F;
            int header = 2;
            if (length == 126) {
                if (end - start < 4) {
                    return null;
                }
                length = Bytes.u16(buf, start + 2);
                header = 4;
            } else if (length == 127) {
                if (end - start < 10) {
                    return null;
                }
                length = Bytes.i64(buf, start + 2);
                header = 10;
            }
            if ((b0 & 0x70) != 0) {
                return fail("frame uses reserved bits (a compression extension?), which we cannot read");
            }
            if (length < 0 || length > maxMessage) {
                return fail("frame length " + length + " exceeds the limit of " + maxMessage);
            }
            int maskAt = start + header;
            if (masked) {
                header += 4;
            }
            if (end - start < header + length) {
                return null;
            }
            int payloadAt = start + header;
            int n = (int) length;
            byte[] payload = new byte[n];
            System.arraycopy(buf, payloadAt, payload, 0, n);
            if (masked) {
                for (int i = 0; i < n; i++) {
                    payload[i] ^= buf[maskAt + (i & 3)];
                }
            }
            start += header + n;
            Message m = frame(fin, opcode, payload);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Message frame(boolean fin, int opcode, byte[] payload) {
        if (opcode >= 8 && opcode <= 10) {
            controlFrames++;
            return null;
        }
        if (opcode == TEXT || opcode == BINARY) {
            if (fin) {
                assembling = null;
                return new Message(opcode == TEXT, payload);
            }
            assembling = new ByteArrayOutputStream(payload.length * 2);
            assembling.writeBytes(payload);
            assemblingText = opcode == TEXT;
            return null;
        }
        if (opcode == CONTINUATION && assembling != null) {
            if (assembling.size() + payload.length > maxMessage) {
                return fail("fragmented message exceeds the limit of " + maxMessage);
            }
            assembling.writeBytes(payload);
            if (!fin) {
                return null;
            }
            Message m = new Message(assemblingText, assembling.toByteArray());
            assembling = null;
            return m;
        }
        return fail(opcode == CONTINUATION ? "continuation frame without a message to continue"
                : "reserved opcode " + opcode);
    }

    private Message fail(String reason) {
        error = reason;
        start = end = 0;
        assembling = null;
        return null;
    }

    /** Why decoding stopped, or {@code null}. */
    String error() {
        return error;
    }

    long controlFrames() {
        return controlFrames;
    }
}
