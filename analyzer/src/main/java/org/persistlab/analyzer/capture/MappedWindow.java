package org.persistlab.analyzer.capture;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A sliding memory-mapped window over a capture file. One {@link MappedByteBuffer} is limited to
 * 2 GiB, so a large file is mapped a window at a time (64 MiB by default) and re-mapped when a
 * read falls outside the current window. The file is never copied into the heap; only the bytes a
 * caller asks for are copied out. Offsets are {@code long}, so files larger than 2 GiB work.
 */
final class MappedWindow {
    /** Default window size: large enough that re-mapping costs nothing measurable, small enough for 32-bit address limits. */
    static final int DEFAULT_SIZE = 64 << 20;

    private final FileChannel channel;
    private final long size;
    private final int windowSize;
    private ByteOrder order = ByteOrder.BIG_ENDIAN;
    private MappedByteBuffer buffer;
    private long base;
    private int mapped;

    MappedWindow(FileChannel channel, long size, int windowSize) {
        if (windowSize < 64) {
            throw new IllegalArgumentException("window size " + windowSize + " is below the minimum of 64 bytes");
        }
        this.channel = channel;
        this.size = size;
        this.windowSize = windowSize;
    }

    long size() {
        return size;
    }

    void order(ByteOrder newOrder) {
        order = newOrder;
        if (buffer != null) {
            buffer.order(newOrder);
        }
    }

    ByteOrder order() {
        return order;
    }

    /**
     * Makes {@code [pos, pos + n)} readable and returns the index of {@code pos} in the window.
     * The caller has checked that the range lies inside the file.
     */
    private int at(long pos, int n) throws IOException {
        if (buffer == null || pos < base || pos + n > base + mapped) {
            long length = Math.min(Math.max(windowSize, n), size - pos);
            buffer = channel.map(FileChannel.MapMode.READ_ONLY, pos, length);
            buffer.order(order);
            base = pos;
            mapped = (int) length;
        }
        return (int) (pos - base);
    }

    int getInt(long pos) throws IOException {
        return buffer(pos, 4).getInt((int) (pos - base));
    }

    int getUnsignedShort(long pos) throws IOException {
        return buffer(pos, 2).getShort((int) (pos - base)) & 0xFFFF;
    }

    int getUnsignedByte(long pos) throws IOException {
        return buffer(pos, 1).get((int) (pos - base)) & 0xFF;
    }

    long getLong(long pos) throws IOException {
        return buffer(pos, 8).getLong((int) (pos - base));
    }

    /** Copies {@code n} bytes at {@code pos} into {@code dst[0, n)}. */
    void copy(long pos, byte[] dst, int n) throws IOException {
        int i = at(pos, n);
        buffer.get(i, dst, 0, n);
    }

    private MappedByteBuffer buffer(long pos, int n) throws IOException {
        at(pos, n);
        return buffer;
    }
}
