package org.persistlab.sim.gateway;

import org.persistlab.sip.ByteSink;

/**
 * Writes decimal numbers into a {@link ByteSink} through one reused scratch array, with the same
 * bytes as {@link ByteSink#decimal}: that method allocates a buffer for every number of two digits
 * or more, and each REGISTER's 200 and each forwarded message carry two or three such numbers.
 */
final class Digits {
    private final byte[] scratch = new byte[20];

    void decimal(ByteSink sink, long v) {
        if (v < 10) {
            sink.decimal(v); // one digit (or negative, never written by the gateway): no buffer needed
            return;
        }
        int i = scratch.length;
        while (v > 0) {
            scratch[--i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        sink.write(scratch, i, scratch.length - i);
    }
}
