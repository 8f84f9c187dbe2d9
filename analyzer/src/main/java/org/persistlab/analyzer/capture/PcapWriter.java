package org.persistlab.analyzer.capture;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a classic little-endian pcap file with microsecond or nanosecond timestamps and any link type. */
public final class PcapWriter implements Closeable {
    /** Timestamp precision of the file: it decides the magic number and the unit of the fraction field. */
    public enum Precision {
        MICROS(PcapReader.MAGIC_MICROS, 1_000L),
        NANOS(PcapReader.MAGIC_NANOS, 1L);

        private final int magic;
        private final long nanosPerUnit;

        Precision(int magic, long nanosPerUnit) {
            this.magic = magic;
            this.nanosPerUnit = nanosPerUnit;
        }
    }

    /** The snap length written in the header: Wireshark's largest packet. */
    public static final int DEFAULT_SNAPLEN = PcapReader.MAX_CAPLEN;
    private static final long MAX_SECONDS = 0xFFFF_FFFFL;

    private final OutputStream out;
    private final Precision precision;
    private final int snaplen;
    private final ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);

    public PcapWriter(OutputStream out, int linkType, Precision precision) throws IOException {
        this(out, linkType, DEFAULT_SNAPLEN, precision);
    }

    public PcapWriter(OutputStream out, int linkType, int snaplen, Precision precision) throws IOException {
        if (linkType < 0 || linkType > 0xFFFF) {
            throw new IllegalArgumentException("link type " + linkType + " is outside 0..65535");
        }
        if (snaplen <= 0) {
            throw new IllegalArgumentException("snap length " + snaplen + " must be positive");
        }
        this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        this.precision = precision;
        this.snaplen = snaplen;
        ByteBuffer h = ByteBuffer.allocate(PcapReader.FILE_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(precision.magic).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(snaplen).putInt(linkType);
        this.out.write(h.array());
    }

    /** Creates (or replaces) {@code file}. */
    public static PcapWriter create(Path file, int linkType, Precision precision) throws IOException {
        return new PcapWriter(Files.newOutputStream(file), linkType, precision);
    }

    /** Writes a whole packet. */
    public void write(long timeNanos, byte[] data, int offset, int length) throws IOException {
        write(timeNanos, data, offset, length, length);
    }

    /**
     * Writes a packet of which {@code capturedLength} bytes were captured out of {@code originalLength}.
     *
     * @throws IllegalArgumentException when the time is before 1970 or after 2106 (32-bit seconds), or
     *                                  the lengths are inconsistent
     */
    public void write(long timeNanos, byte[] data, int offset, int capturedLength, int originalLength) throws IOException {
        long seconds = Math.floorDiv(timeNanos, 1_000_000_000L);
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("time " + timeNanos + " ns is outside what pcap can store (1970..2106)");
        }
        if (capturedLength < 0 || capturedLength > snaplen || originalLength < capturedLength) {
            throw new IllegalArgumentException("captured length " + capturedLength + " must be in 0.." + snaplen
                    + " and not above the original length " + originalLength);
        }
        long fraction = (timeNanos - seconds * 1_000_000_000L) / precision.nanosPerUnit;
        header.clear();
        header.putInt((int) seconds).putInt((int) fraction).putInt(capturedLength).putInt(originalLength);
        out.write(header.array());
        out.write(data, offset, capturedLength);
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
