package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.sip.digest.DigestAuth;

/**
 * The users configured on the IP500 V2, in the order given, each with its digest HA1 precomputed
 * (so verifying a REGISTER costs two MD5s, not three). At most {@code maxExtensions} are created
 * (domain.md §2.1: 384 [IPO-CAP-EXT]); the rest, and any repeated extension, are reported by
 * {@link #notCreated()} and can never register.
 */
public final class UserDirectory {
    private final GatewayUser[] users;
    private final byte[][] ha1;
    private final Map<String, Integer> slotByExtension;
    private final List<GatewayUser> notCreated;
    /** Open-addressed table of extension bytes to slot + 1 (0 = empty), for lookups straight from a message. */
    private final int[] table;
    private final byte[][] extensionBytes;
    /** 32 minus log2 of the table size: how far the multiplicative hash is shifted. */
    private final int shift;

    public UserDirectory(Collection<GatewayUser> candidates, String realm, int maxExtensions) {
        DigestAuth digest = new DigestAuth();
        List<GatewayUser> created = new ArrayList<>(Math.min(candidates.size(), maxExtensions));
        List<GatewayUser> refused = new ArrayList<>();
        slotByExtension = new HashMap<>();
        for (GatewayUser u : candidates) {
            if (created.size() >= maxExtensions || slotByExtension.containsKey(u.extension())) {
                refused.add(u);
                continue;
            }
            slotByExtension.put(u.extension(), created.size());
            created.add(u);
        }
        users = created.toArray(new GatewayUser[0]);
        ha1 = new byte[users.length][];
        for (int i = 0; i < users.length; i++) {
            ha1[i] = digest.ha1(users[i].extension(), realm, users[i].password()).getBytes(StandardCharsets.US_ASCII);
        }
        notCreated = List.copyOf(refused);
        extensionBytes = new byte[users.length][];
        table = new int[Integer.highestOneBit(Math.max(users.length, 1) * 4 - 1) << 1];
        shift = 32 - Integer.numberOfTrailingZeros(table.length);
        for (int i = 0; i < users.length; i++) {
            byte[] ext = users[i].extension().getBytes(StandardCharsets.UTF_8);
            extensionBytes[i] = ext;
            int pos = hash(ext, 0, ext.length, shift);
            while (table[pos] != 0) {
                pos = (pos + 1) & (table.length - 1);
            }
            table[pos] = i + 1;
        }
    }

    /** Users created, in configuration order. */
    public int size() {
        return users.length;
    }

    /** The slot of an extension (its index in configuration order), or -1 when no such user exists. */
    public int slotOf(String extension) {
        Integer s = extension == null ? null : slotByExtension.get(extension);
        return s == null ? -1 : s;
    }

    /** The slot of the extension written in {@code b[start, end)} (UTF-8), or -1. */
    int slotOf(byte[] b, int start, int end) {
        int mask = table.length - 1;
        int n = end - start;
        for (int pos = hash(b, start, end, shift); table[pos] != 0; pos = (pos + 1) & mask) {
            byte[] ext = extensionBytes[table[pos] - 1];
            if (ext.length == n && java.util.Arrays.equals(ext, 0, n, b, start, end)) {
                return table[pos] - 1;
            }
        }
        return -1;
    }

    /**
     * Fibonacci hashing of the polynomial hash: extensions are usually consecutive numbers, whose
     * plain hashes are consecutive too and would pile up in one run of the table.
     */
    private static int hash(byte[] b, int start, int end, int shift) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + b[i];
        }
        return (h * 0x9E3779B9) >>> shift;
    }

    public GatewayUser user(int slot) {
        return users[slot];
    }

    /** Users beyond the extension ceiling, and repeated extensions: they can never register. */
    public List<GatewayUser> notCreated() {
        return notCreated;
    }

    /** HA1 = MD5(extension:realm:password) as 32 lower-case hex ASCII bytes; callers must not modify it. */
    byte[] ha1(int slot) {
        return ha1[slot];
    }
}
