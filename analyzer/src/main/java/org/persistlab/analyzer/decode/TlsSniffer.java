package org.persistlab.analyzer.decode;

/**
 * Recognises a TLS record header (RFC 8446 §5.1): content type change_cipher_spec (20), alert (21),
 * handshake (22) or application_data (23), legacy version 3.x with x in 0..4, and a length no record
 * may exceed (2^14 plus the 2048 bytes of expansion TLS 1.2 allows).
 */
final class TlsSniffer {
    private static final int MAX_RECORD = (1 << 14) + 2048;

    private TlsSniffer() {
    }

    static boolean isRecordStart(byte[] b, int off, int end) {
        if (end - off < 5) {
            return false;
        }
        int type = b[off] & 0xFF;
        if (type < 20 || type > 23 || b[off + 1] != 3 || (b[off + 2] & 0xFF) > 4) {
            return false;
        }
        int length = Bytes.u16(b, off + 3);
        return length > 0 && length <= MAX_RECORD;
    }
}
