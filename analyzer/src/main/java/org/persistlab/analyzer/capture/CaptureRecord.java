package org.persistlab.analyzer.capture;

import java.util.Arrays;

/**
 * One packet record read from a capture. A reader fills the same instance again on every call, so
 * the decoder's hot path allocates nothing per packet; the contents are valid until the next call.
 * The captured bytes are copied out of the mapped file into {@link #data()}, a buffer that grows to
 * the largest record seen (one short memory copy is cheaper than decoding through a mapped view).
 */
public final class CaptureRecord {
    private byte[] data = new byte[2048];
    private int length;
    private int originalLength;
    private long timeNanos;
    private int linkType;
    private int interfaceId;
    private long fileOffset;
    private long dataFileOffset;

    /** Time of capture in nanoseconds since the Unix epoch. */
    public long timeNanos() {
        return timeNanos;
    }

    /** The link-layer type (a LINKTYPE_ value from tcpdump.org) of the interface that captured it. */
    public int linkType() {
        return linkType;
    }

    /** The pcapng interface id; 0 in a classic pcap file. */
    public int interfaceId() {
        return interfaceId;
    }

    /** The captured bytes are {@code data()[0, length())}; the array may be longer. */
    public byte[] data() {
        return data;
    }

    /** Number of captured bytes. */
    public int length() {
        return length;
    }

    /** Length of the packet on the wire, which is larger than {@link #length()} when the snap length cut it. */
    public int originalLength() {
        return originalLength;
    }

    /** Offset in the file of the record header (pcap) or block (pcapng). */
    public long fileOffset() {
        return fileOffset;
    }

    /** Offset in the file of the first captured byte: {@code data()[i]} is at {@code dataFileOffset() + i}. */
    public long dataFileOffset() {
        return dataFileOffset;
    }

    /** A copy of the captured bytes, for tests and callers that keep a packet. */
    public byte[] copyOfData() {
        return Arrays.copyOf(data, length);
    }

    /** Gives the buffer room for {@code n} bytes and returns it; readers copy the packet into it. */
    byte[] prepare(int n) {
        if (data.length < n) {
            data = new byte[Math.max(n, data.length * 2)];
        }
        length = n;
        return data;
    }

    void set(long timeNanos, int linkType, int interfaceId, int originalLength, long fileOffset, long dataFileOffset) {
        this.timeNanos = timeNanos;
        this.linkType = linkType;
        this.interfaceId = interfaceId;
        this.originalLength = originalLength;
        this.fileOffset = fileOffset;
        this.dataFileOffset = dataFileOffset;
    }
}
