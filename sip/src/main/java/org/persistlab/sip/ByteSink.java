package org.persistlab.sip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array for writing messages; the writing half that {@link SipMessage} (read-only) lacks. */
public final class ByteSink {
    private byte[] buf;
    private int size;

    public ByteSink() {
        this(512);
    }

    public ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public ByteSink write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    public ByteSink write(byte[] b) {
        return write(b, 0, b.length);
    }

    public ByteSink write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    /** Writes text; ASCII goes byte for byte, anything else as UTF-8. */
    public ByteSink text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return utf8From(s, i);
            }
            buf[size++] = (byte) c;
        }
        return this;
    }

    private ByteSink utf8From(String s, int from) {
        byte[] rest = s.substring(from).getBytes(StandardCharsets.UTF_8);
        return write(rest);
    }

    /** Writes {@code v} in decimal, straight into the array (the writers put a few numbers in every message). */
    public ByteSink decimal(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return text(Long.toString(v)); // its magnitude has no long
            }
            write('-');
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
        return this;
    }

    public ByteSink crlf() {
        ensure(2);
        buf[size++] = '\r';
        buf[size++] = '\n';
        return this;
    }

    public int size() {
        return size;
    }

    public void reset() {
        size = 0;
    }

    /** The bytes written so far, as a new array of exactly that length. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
