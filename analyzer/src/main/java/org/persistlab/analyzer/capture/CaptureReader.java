package org.persistlab.analyzer.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the packet records of one capture file in file order. Damage in the file (a truncated
 * record, an impossible length, a bad block) is reported to the {@link ProblemSink} with the byte
 * offset, counted in {@link #problemCount()}, and stepped over where the format allows it; it never
 * ends in an exception from {@link #next}.
 */
public interface CaptureReader extends Closeable {

    /** Fills {@code record} with the next packet; {@code false} at the end of the file (or of what could be read). */
    boolean next(CaptureRecord record);

    CaptureFormat format();

    /** Byte order, timestamp precision and similar details, for reports ("pcap, little-endian, µs"). */
    String description();

    /** Offset of the next byte to read; with {@link #size()} it drives a progress bar. */
    long position();

    long size();

    /** Problems reported so far. */
    long problemCount();

    @Override
    void close() throws IOException;

    /** Opens a file, recognising pcap or pcapng by its magic number, with the default 64 MiB window. */
    static CaptureReader open(Path file, ProblemSink problems) throws IOException {
        return open(file, problems, MappedWindow.DEFAULT_SIZE);
    }

    /**
     * Opens a file with a given mapping window size (tests use a small one to cross window edges).
     *
     * @throws CaptureFormatException when the file is neither pcap nor pcapng
     * @throws IOException            when the file cannot be read
     */
    static CaptureReader open(Path file, ProblemSink problems, int windowSize) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(4);
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // a short read is retried until the four magic bytes are in or the file ends
            }
            if (head.hasRemaining()) {
                throw new CaptureFormatException(file + ": " + size + " bytes is too short for a capture file header");
            }
            int magic = head.flip().order(ByteOrder.BIG_ENDIAN).getInt();
            MappedWindow window = new MappedWindow(channel, size, windowSize);
            if (magic == PcapngReader.SECTION_HEADER) {
                return new PcapngReader(file, channel, window, problems);
            }
            if (PcapReader.isMagic(magic) || PcapReader.isMagic(Integer.reverseBytes(magic))) {
                return new PcapReader(file, channel, window, problems);
            }
            throw new CaptureFormatException(String.format("%s: not a pcap or pcapng file (first bytes 0x%08x)", file, magic));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
