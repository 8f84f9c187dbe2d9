package org.persistlab.analyzer.capture;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Reads classic libpcap files: either byte order, microsecond ({@code a1b2c3d4}) or nanosecond
 * ({@code a1b23c4d}) timestamps, and the "modified" format ({@code a1b2cd34}) whose record headers
 * carry 8 more bytes.
 *
 * <p>A record header whose lengths are impossible (larger than any packet, or running past the end
 * of the file) is reported, then the reader looks for the next plausible record header: first the
 * same place read in the other byte order (some writers mix them), then byte by byte from the start
 * of the previous record's data (the previous length may have been the wrong one), accepting only a
 * header whose timestamp lies within a day of the previous record's and whose lengths fit. When no
 * such header follows and the damaged one only lacks bytes at the end, the file was cut short: what
 * is there is read as a truncated record.
 */
public final class PcapReader implements CaptureReader {
    static final int MAGIC_MICROS = 0xA1B2C3D4;
    static final int MAGIC_NANOS = 0xA1B23C4D;
    static final int MAGIC_MODIFIED = 0xA1B2CD34;
    static final int FILE_HEADER_LENGTH = 24;
    /** Wireshark's largest packet (WTAP_MAX_PACKET_SIZE_STANDARD): a larger caplen is damage. */
    static final int MAX_CAPLEN = 262_144;
    private static final int MAX_SNAPLEN_HONOURED = 64 << 20;
    private static final long RESYNC_MAX_ORIGINAL_LENGTH = 16 << 20;
    /** A resynchronised record must be stamped within this many seconds of the previous one. */
    private static final long RESYNC_TIME_WINDOW_SECONDS = 86_400;

    private final Path file;
    private final FileChannel channel;
    private final MappedWindow window;
    private final ProblemSink problems;
    private final long size;
    private final ByteOrder fileOrder;
    private final boolean nanos;
    private final boolean modified;
    private final int recordHeaderLength;
    private final int linkType;
    private final long snaplen;
    private final int capLimit;
    private ByteOrder recordOrder;
    private long pos = FILE_HEADER_LENGTH;
    private long problemCount;
    private boolean hasLast;
    private long lastStart;
    private long lastSeconds;
    private boolean reportedOverSnaplen;

    // The record header most recently read by readHeader(); fields, so reading allocates nothing.
    private long hSeconds;
    private long hFraction;
    private long hCaplen;
    private long hOriginal;

    PcapReader(Path file, FileChannel channel, MappedWindow window, ProblemSink problems) throws IOException {
        this.file = file;
        this.channel = channel;
        this.window = window;
        this.problems = problems;
        this.size = window.size();
        if (size < FILE_HEADER_LENGTH) {
            throw new CaptureFormatException(file + ": the pcap file header is cut short (" + size + " of 24 bytes)");
        }
        window.order(ByteOrder.BIG_ENDIAN);
        int magic = window.getInt(0);
        fileOrder = isMagic(magic) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        if (!isMagic(magic)) {
            magic = Integer.reverseBytes(magic);
        }
        recordOrder = fileOrder;
        window.order(fileOrder);
        nanos = magic == MAGIC_NANOS;
        modified = magic == MAGIC_MODIFIED;
        recordHeaderLength = modified ? 24 : 16;
        int major = window.getUnsignedShort(4);
        if (major != 2) {
            report(4, "pcap version " + major + "." + window.getUnsignedShort(6) + " is not 2.x; reading it as 2.4");
        }
        snaplen = Integer.toUnsignedLong(window.getInt(16));
        // The upper bits of the link-type word carry FCS information (pcap spec §5); the type is the low 16 bits.
        linkType = window.getInt(20) & 0xFFFF;
        capLimit = snaplen > MAX_CAPLEN && snaplen <= MAX_SNAPLEN_HONOURED ? (int) snaplen : MAX_CAPLEN;
    }

    static boolean isMagic(int magic) {
        return magic == MAGIC_MICROS || magic == MAGIC_NANOS || magic == MAGIC_MODIFIED;
    }

    @Override
    public boolean next(CaptureRecord record) {
        try {
            while (pos < size) {
                long left = size - pos;
                if (left < recordHeaderLength) {
                    report(pos, "the last " + left + " bytes are too short for a record header; ignored");
                    pos = size;
                    return false;
                }
                readHeader(pos, recordOrder);
                String bad = implausibility(left);
                if (bad == null) {
                    if (hCaplen > snaplen && snaplen > 0 && !reportedOverSnaplen) {
                        reportedOverSnaplen = true;
                        report(pos, "caplen " + hCaplen + " exceeds the file's snap length " + snaplen
                                + " (reported once per file); the record is read");
                    }
                    emit(record, (int) hCaplen);
                    return true;
                }
                if (resync(bad, record)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            report(pos, "read error: " + e.getMessage() + "; the rest of the file is skipped");
            pos = size;
            return false;
        }
    }

    private void readHeader(long at, ByteOrder order) throws IOException {
        if (window.order() != order) {
            window.order(order);
        }
        hSeconds = Integer.toUnsignedLong(window.getInt(at));
        hFraction = Integer.toUnsignedLong(window.getInt(at + 4));
        hCaplen = Integer.toUnsignedLong(window.getInt(at + 8));
        hOriginal = Integer.toUnsignedLong(window.getInt(at + 12));
    }

    /** Why the header just read cannot be a record header here, or {@code null} when it can. */
    private String implausibility(long left) {
        if (hCaplen > capLimit) {
            return "record header has caplen " + hCaplen + ", larger than the largest packet (" + capLimit + ")";
        }
        if (hCaplen > left - recordHeaderLength) {
            return "record header has caplen " + hCaplen + " but only " + (left - recordHeaderLength) + " bytes follow";
        }
        return null;
    }

    private void emit(CaptureRecord record, int caplen) throws IOException {
        long dataAt = pos + recordHeaderLength;
        window.copy(dataAt, record.prepare(caplen), caplen);
        long time = hSeconds * 1_000_000_000L + (nanos ? hFraction : hFraction * 1_000L);
        record.set(time, linkType, 0, (int) Math.min(hOriginal, Integer.MAX_VALUE), pos, dataAt);
        hasLast = true;
        lastStart = pos;
        lastSeconds = hSeconds;
        pos = dataAt + caplen;
    }

    /**
     * Looks for a way past the damaged header at {@link #pos}. Returns {@code true} when it emitted
     * a truncated last record; otherwise {@link #pos} is where reading goes on (the end when lost).
     */
    private boolean resync(String bad, CaptureRecord record) throws IOException {
        long badAt = pos;
        ByteOrder other = recordOrder == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (plausibility(badAt, other, false) == PLAUSIBLE) {
            report(badAt, bad + "; the record headers are " + name(other) + " although the file header is "
                    + name(fileOrder) + ": reading them as " + name(other));
            recordOrder = other;
            return false;
        }
        long from = hasLast ? lastStart + recordHeaderLength : badAt + 1;
        ByteOrder[] orders = {recordOrder, other};
        long cutShortAt = -1;
        ByteOrder cutShortOrder = recordOrder;
        for (long p = from; p <= size - recordHeaderLength; p++) {
            if (p == badAt) {
                continue;
            }
            for (ByteOrder order : orders) {
                int verdict = plausibility(p, order, !hasLast);
                if (verdict == PLAUSIBLE) {
                    String where = p < badAt
                            ? " (" + (badAt - p) + " bytes back, inside the previous record, whose caplen was too long)"
                            : " (" + (p - badAt) + " bytes skipped)";
                    report(badAt, bad + "; resumed at the next plausible record header at byte " + p + where
                            + (order != recordOrder ? " in " + name(order) + " byte order" : ""));
                    recordOrder = order;
                    pos = p;
                    return false;
                }
                if (verdict == CUT_SHORT && cutShortAt < 0) {
                    cutShortAt = p;
                    cutShortOrder = order;
                }
            }
        }
        if (cutShortAt < 0) {
            readHeader(badAt, recordOrder);
            if (hCaplen <= capLimit && hCaplen > size - badAt - recordHeaderLength) {
                cutShortAt = badAt;
                cutShortOrder = recordOrder;
            }
        }
        if (cutShortAt >= 0) {
            readHeader(cutShortAt, cutShortOrder);
            long left = size - cutShortAt - recordHeaderLength;
            report(badAt, (cutShortAt == badAt ? "" : bad + "; ") + "the record at byte " + cutShortAt
                    + " is cut short: caplen " + hCaplen + " but the file ends after " + left
                    + " bytes; those are read as a truncated packet");
            recordOrder = cutShortOrder;
            pos = cutShortAt;
            emit(record, (int) left);
            return true;
        }
        report(badAt, bad + "; no plausible record header follows, the last " + (size - badAt) + " bytes are skipped");
        pos = size;
        return false;
    }

    private static final int IMPLAUSIBLE = 0;
    private static final int PLAUSIBLE = 1;
    /** Plausible, except that the record runs past the end of the file: the last record of a cut file. */
    private static final int CUT_SHORT = 2;

    /** Is this a header we are willing to resume at: sane lengths, a valid fraction, a timestamp near the last one? */
    private int plausibility(long at, ByteOrder order, boolean requireNextHeader) throws IOException {
        readHeader(at, order);
        long fractionLimit = nanos ? 1_000_000_000L : 1_000_000L;
        if (hCaplen < 1 || hCaplen > capLimit || hOriginal < hCaplen || hOriginal > RESYNC_MAX_ORIGINAL_LENGTH
                || hFraction >= fractionLimit) {
            return IMPLAUSIBLE;
        }
        if (hasLast && Math.abs(hSeconds - lastSeconds) > RESYNC_TIME_WINDOW_SECONDS) {
            return IMPLAUSIBLE;
        }
        if (hCaplen > size - at - recordHeaderLength) {
            return hasLast ? CUT_SHORT : IMPLAUSIBLE;
        }
        if (!requireNextHeader) {
            return PLAUSIBLE;
        }
        // Without a previous record to compare times with, the header after this one must fit too.
        long next = at + recordHeaderLength + hCaplen;
        if (next == size) {
            return PLAUSIBLE;
        }
        if (next + recordHeaderLength > size) {
            return IMPLAUSIBLE;
        }
        readHeader(next, order);
        return hCaplen <= capLimit && hCaplen <= size - next - recordHeaderLength && hFraction < fractionLimit
                ? PLAUSIBLE : IMPLAUSIBLE;
    }

    private static String name(ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian";
    }

    private void report(long offset, String message) {
        problemCount++;
        problems.report(new Problem(file, offset, message));
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAP;
    }

    @Override
    public String description() {
        return "pcap, " + name(fileOrder) + (recordOrder != fileOrder ? " (records " + name(recordOrder) + ")" : "")
                + ", " + (nanos ? "ns" : "µs") + (modified ? ", modified record headers" : "")
                + ", link type " + linkType;
    }

    @Override
    public long position() {
        return pos;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long problemCount() {
        return problemCount;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
