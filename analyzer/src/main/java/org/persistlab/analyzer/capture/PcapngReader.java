package org.persistlab.analyzer.capture;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pcapng files: several sections (each with its own byte order), several interfaces per
 * section with their own link type, snap length and timestamp resolution, and Enhanced, Simple and
 * Obsolete packet blocks. Every other block type is skipped by its length.
 *
 * <p>Damage: a block whose length is impossible (under 12, not a multiple of 4, past the end of the
 * file) cannot be stepped over, so reading stops there with a problem; a block whose length is
 * sane but whose content is not (an unknown interface, a caplen larger than the block) is reported
 * and skipped. A Simple Packet Block has no timestamp: it gets the previous packet's time.
 */
public final class PcapngReader implements CaptureReader {
    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 0x00000001;
    static final int OBSOLETE_PACKET = 0x00000002;
    static final int SIMPLE_PACKET = 0x00000003;
    static final int ENHANCED_PACKET = 0x00000006;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int OPTION_END = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;
    /** Larger packets are damage, not data: no link layer we read carries them. */
    private static final long MAX_CAPLEN = 64 << 20;

    private final Path file;
    private final FileChannel channel;
    private final MappedWindow window;
    private final ProblemSink problems;
    private final long size;
    private final List<Interface> interfaces = new ArrayList<>();
    private long pos;
    private long problemCount;
    private int sections;
    private long lastTimeNanos;

    /** One interface of the current section. */
    private record Interface(int linkType, long snaplen, TimestampResolution resolution, long offsetNanos) {
    }

    PcapngReader(Path file, FileChannel channel, MappedWindow window, ProblemSink problems) {
        this.file = file;
        this.channel = channel;
        this.window = window;
        this.problems = problems;
        this.size = window.size();
    }

    @Override
    public boolean next(CaptureRecord record) {
        try {
            while (pos < size) {
                if (size - pos < 12) {
                    report(pos, "the last " + (size - pos) + " bytes are too short for a block; ignored");
                    pos = size;
                    return false;
                }
                int type = window.getInt(pos);
                if (type == SECTION_HEADER && !readByteOrder()) {
                    return stop();
                }
                long length = Integer.toUnsignedLong(window.getInt(pos + 4));
                if (length < 12 || (length & 3) != 0 || length > size - pos) {
                    report(pos, "block of type 0x" + Integer.toHexString(type) + " has length " + length
                            + (length > size - pos ? ", past the end of the file (" + (size - pos) + " bytes left)"
                                    : ", which no block can have")
                            + "; the next block cannot be found, so reading stops here");
                    return stop();
                }
                long trailer = Integer.toUnsignedLong(window.getInt(pos + length - 4));
                if (trailer != length) {
                    report(pos + length - 4, "block length " + length + " at byte " + pos
                            + " does not match its trailing copy " + trailer + "; stepped over by the leading length");
                }
                long blockAt = pos;
                pos += length;
                if (readBlock(type, blockAt, length, record)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            report(pos, "read error: " + e.getMessage() + "; the rest of the file is skipped");
            return stop();
        }
    }

    private boolean stop() {
        pos = size;
        return false;
    }

    /** Sets the byte order from a Section Header Block's magic; {@code false} when it is neither order. */
    private boolean readByteOrder() throws IOException {
        window.order(ByteOrder.BIG_ENDIAN);
        if (size - pos < 28) {
            report(pos, "section header block cut short (" + (size - pos) + " bytes left)");
            return false;
        }
        int magic = window.getInt(pos + 8);
        if (magic == BYTE_ORDER_MAGIC) {
            return true;
        }
        if (Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
            window.order(ByteOrder.LITTLE_ENDIAN);
            return true;
        }
        report(pos + 8, String.format("section header byte-order magic 0x%08x is neither order of 0x1a2b3c4d", magic));
        return false;
    }

    /** Handles one block of sane length; {@code true} when it filled {@code record} with a packet. */
    private boolean readBlock(int type, long at, long length, CaptureRecord record) throws IOException {
        switch (type) {
            case SECTION_HEADER:
                sections++;
                interfaces.clear();
                int major = window.getUnsignedShort(at + 12);
                if (major != 1) {
                    report(at + 12, "pcapng major version " + major + " is not 1; reading it as 1.0");
                }
                return false;
            case INTERFACE_DESCRIPTION:
                readInterface(at, length);
                return false;
            case ENHANCED_PACKET:
                return readPacket(at, length, Integer.toUnsignedLong(window.getInt(at + 8)), record, 32);
            case OBSOLETE_PACKET:
                return readPacket(at, length, window.getUnsignedShort(at + 8), record, 32);
            case SIMPLE_PACKET:
                return readSimplePacket(at, length, record);
            default:
                return false; // name resolution, statistics, custom and unknown blocks carry no packets
        }
    }

    private void readInterface(long at, long length) throws IOException {
        if (length < 20) {
            report(at, "interface description block of " + length + " bytes is too short; the interface is unusable");
            interfaces.add(new Interface(-1, 0, TimestampResolution.MICROS, 0));
            return;
        }
        int linkType = window.getUnsignedShort(at + 8);
        long snaplen = Integer.toUnsignedLong(window.getInt(at + 12));
        TimestampResolution resolution = TimestampResolution.MICROS;
        long offsetNanos = 0;
        long p = at + 16;
        long end = at + length - 4;
        while (p + 4 <= end) {
            int code = window.getUnsignedShort(p);
            int optLength = window.getUnsignedShort(p + 2);
            if (code == OPTION_END || p + 4 + optLength > end) {
                break;
            }
            if (code == IF_TSRESOL && optLength >= 1) {
                int value = window.getUnsignedByte(p + 4);
                TimestampResolution r = TimestampResolution.of(value);
                if (r == null) {
                    report(p, "if_tsresol 0x" + Integer.toHexString(value) + " is finer than we can represent; using µs");
                } else {
                    resolution = r;
                }
            } else if (code == IF_TSOFFSET && optLength >= 8) {
                offsetNanos = window.getLong(p + 4) * 1_000_000_000L;
            }
            p += 4 + ((optLength + 3) & ~3);
        }
        interfaces.add(new Interface(linkType, snaplen, resolution, offsetNanos));
    }

    /** Enhanced (ifid is 32 bits) and Obsolete (16 bits) packet blocks share their layout from byte 12 on. */
    private boolean readPacket(long at, long length, long interfaceId, CaptureRecord record, int fixed)
            throws IOException {
        if (length < fixed) {
            report(at, "packet block of " + length + " bytes is shorter than its fixed fields; skipped");
            return false;
        }
        if (interfaceId >= interfaces.size()) {
            report(at, "packet block names interface " + interfaceId + " but the section describes "
                    + interfaces.size() + "; skipped");
            return false;
        }
        Interface itf = interfaces.get((int) interfaceId);
        long caplen = Integer.toUnsignedLong(window.getInt(at + 20));
        long original = Integer.toUnsignedLong(window.getInt(at + 24));
        if (caplen > length - fixed || caplen > MAX_CAPLEN) {
            report(at, "packet block has caplen " + caplen + " but only " + Math.min(length - fixed, MAX_CAPLEN)
                    + " bytes of data can be read; skipped");
            return false;
        }
        if (itf.linkType() < 0) {
            return false;
        }
        long units = (Integer.toUnsignedLong(window.getInt(at + 12)) << 32) | Integer.toUnsignedLong(window.getInt(at + 16));
        long time = itf.resolution().toNanos(units) + itf.offsetNanos();
        copy(record, at + 28, (int) caplen);
        record.set(time, itf.linkType(), (int) interfaceId, (int) Math.min(original, Integer.MAX_VALUE), at, at + 28);
        lastTimeNanos = time;
        return true;
    }

    private boolean readSimplePacket(long at, long length, CaptureRecord record) throws IOException {
        if (length < 16) {
            report(at, "simple packet block of " + length + " bytes is too short; skipped");
            return false;
        }
        if (interfaces.isEmpty()) {
            report(at, "simple packet block before any interface description; skipped");
            return false;
        }
        Interface itf = interfaces.get(0);
        long original = Integer.toUnsignedLong(window.getInt(at + 8));
        long caplen = Math.min(original, length - 16);
        if (itf.snaplen() > 0) {
            caplen = Math.min(caplen, itf.snaplen());
        }
        if (caplen > MAX_CAPLEN) {
            report(at, "simple packet block holds " + caplen + " bytes, more than any packet; skipped");
            return false;
        }
        if (itf.linkType() < 0) {
            return false;
        }
        copy(record, at + 12, (int) caplen);
        record.set(lastTimeNanos, itf.linkType(), 0, (int) Math.min(original, Integer.MAX_VALUE), at, at + 12);
        return true;
    }

    private void copy(CaptureRecord record, long at, int n) throws IOException {
        window.copy(at, record.prepare(n), n);
    }

    private void report(long offset, String message) {
        problemCount++;
        problems.report(new Problem(file, offset, message));
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAPNG;
    }

    @Override
    public String description() {
        return "pcapng, " + sections + (sections == 1 ? " section" : " sections");
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
