package org.persistlab.analyzer.decode;

/** The fields of a UDP, TCP or SCTP header, reused for every packet. */
final class TransportHeader {
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int RST = 0x04;
    static final int ACK = 0x10;

    int srcPort;
    int dstPort;
    int payloadOffset;
    int payloadEnd;
    /** TCP only. */
    int sequence;
    int acknowledgement;
    int flags;

    boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
