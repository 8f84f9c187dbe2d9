package org.persistlab.analyzer.decode;

/** Receives one direction of a reassembled stream, in order. */
interface StreamListener {
    /**
     * The next in-order bytes of the stream. {@code timeNanos} and {@code fileOffset} are those of
     * the packet whose arrival made the bytes available (for bytes that waited out of order, the
     * packet that filled the hole before them).
     */
    void onBytes(byte[] b, int off, int len, long timeNanos, long fileOffset);

    /** {@code missing} bytes of the stream will never arrive; the next bytes delivered follow the hole. */
    void onGap(long missing, long timeNanos, long fileOffset);
}
