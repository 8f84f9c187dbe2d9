package org.persistlab.bench.gateway;

import java.nio.charset.StandardCharsets;

/**
 * A phone's answer to a request the gateway forwarded, prepared once with a hole where the gateway's
 * top Via branch goes: the branch changes with every forwarded request (it is a counter), the rest of
 * the answer does not. Filling the hole is two array copies, the only phone-side work left inside a
 * measured call.
 */
final class Splice {
    private static final byte[] BRANCH = "branch=".getBytes(StandardCharsets.US_ASCII);

    private final byte[] before;
    private final byte[] after;

    private Splice(byte[] before, byte[] after) {
        this.before = before;
        this.after = after;
    }

    /** Cuts {@code answer} around the first occurrence of the branch {@code forwarded}'s top Via carries. */
    static Splice around(byte[] answer, byte[] forwarded) {
        int[] b = topViaBranch(forwarded);
        String branch = new String(forwarded, b[0], b[1] - b[0], StandardCharsets.US_ASCII);
        String text = new String(answer, StandardCharsets.US_ASCII);
        int at = text.indexOf(branch);
        if (at < 0) {
            throw new IllegalArgumentException("the answer does not carry the forwarded branch " + branch);
        }
        byte[] before = new byte[at];
        byte[] after = new byte[answer.length - at - branch.length()];
        System.arraycopy(answer, 0, before, 0, before.length);
        System.arraycopy(answer, at + branch.length(), after, 0, after.length);
        return new Splice(before, after);
    }

    /** The answer to {@code forwarded}: its top Via branch put in the hole. */
    byte[] answer(byte[] forwarded) {
        int[] b = topViaBranch(forwarded);
        int n = b[1] - b[0];
        byte[] out = new byte[before.length + n + after.length];
        System.arraycopy(before, 0, out, 0, before.length);
        System.arraycopy(forwarded, b[0], out, before.length, n);
        System.arraycopy(after, 0, out, before.length + n, after.length);
        return out;
    }

    /**
     * Where the value of the first {@code branch=} parameter lies: the gateway writes its own Via
     * first, so that is its branch.
     */
    static int[] topViaBranch(byte[] m) {
        int i = indexOf(m, BRANCH);
        if (i < 0) {
            throw new IllegalArgumentException("no Via branch in the forwarded message");
        }
        int start = i + BRANCH.length;
        int end = start;
        while (end < m.length && m[end] != ';' && m[end] != ',' && m[end] != '\r' && m[end] != ' ') {
            end++;
        }
        return new int[] {start, end};
    }

    private static int indexOf(byte[] m, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= m.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (m[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
