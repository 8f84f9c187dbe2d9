package org.persistlab.analyzer.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes capture files byte by byte in any byte order and variant, for reader tests. */
public final class RawCaptures {
    private RawCaptures() {
    }

    /** A classic pcap file; {@code records} is {seconds, fraction} per packet, with {@code packets[i]} as data. */
    static byte[] pcap(ByteOrder order, int magic, int linkType, boolean modified, long[][] stamps, byte[][] packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(24).order(order).putInt(magic).putShort((short) 2).putShort((short) 4)
                .putInt(0).putInt(0).putInt(65535).putInt(linkType).array());
        for (int i = 0; i < packets.length; i++) {
            ByteBuffer h = ByteBuffer.allocate(modified ? 24 : 16).order(order).putInt((int) stamps[i][0])
                    .putInt((int) stamps[i][1]).putInt(packets[i].length).putInt(packets[i].length);
            if (modified) {
                h.putInt(3).putShort((short) 2).put((byte) 0).put((byte) 0);
            }
            out.writeBytes(h.array());
            out.writeBytes(packets[i]);
        }
        return out.toByteArray();
    }

    /** Builds a pcapng file block by block. */
    public static final class Pcapng {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

        public Pcapng section(ByteOrder newOrder) {
            order = newOrder;
            ByteBuffer body = buffer(16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
            return block(0x0A0D0D0A, body.array());
        }

        /** An interface; {@code tsresol} &lt; 0 means no if_tsresol option (microseconds). */
        public Pcapng iface(int linkType, int snaplen, int tsresol) {
            ByteBuffer body = buffer(tsresol < 0 ? 8 : 8 + 8 + 4).putShort((short) linkType).putShort((short) 0)
                    .putInt(snaplen);
            if (tsresol >= 0) {
                body.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
                body.putShort((short) 0).putShort((short) 0);
            }
            return block(1, body.array());
        }

        public Pcapng epb(int iface, long units, byte[] data) {
            ByteBuffer body = buffer(20 + pad(data.length)).putInt(iface).putInt((int) (units >>> 32)).putInt((int) units)
                    .putInt(data.length).putInt(data.length).put(data);
            return block(6, body.array());
        }

        public Pcapng opb(int iface, long units, byte[] data) {
            ByteBuffer body = buffer(20 + pad(data.length)).putShort((short) iface).putShort((short) 0)
                    .putInt((int) (units >>> 32)).putInt((int) units).putInt(data.length).putInt(data.length).put(data);
            return block(2, body.array());
        }

        public Pcapng spb(byte[] data) {
            ByteBuffer body = buffer(4 + pad(data.length)).putInt(data.length).put(data);
            return block(3, body.array());
        }

        public Pcapng unknown(int type, int bodyLength) {
            return block(type, new byte[pad(bodyLength)]);
        }

        public Pcapng raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        private ByteBuffer buffer(int n) {
            return ByteBuffer.allocate(n).order(order);
        }

        private Pcapng block(int type, byte[] body) {
            int length = 12 + body.length;
            out.writeBytes(buffer(8).putInt(type).putInt(length).array());
            out.writeBytes(body);
            out.writeBytes(buffer(4).putInt(length).array());
            return this;
        }

        public byte[] bytes() {
            return out.toByteArray();
        }
    }

    static int pad(int n) {
        return (n + 3) & ~3;
    }
}
