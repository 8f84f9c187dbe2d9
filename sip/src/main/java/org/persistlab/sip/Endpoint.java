package org.persistlab.sip;

import java.util.Locale;

/**
 * An IP address and port, IPv4 or IPv6, as a value. The address is kept as 128 bits (IPv4 as the
 * IPv4-mapped IPv6 form {@code ::ffff:a.b.c.d}), so equality and hashing allocate nothing on the
 * analyzer's hot path.
 */
public final class Endpoint implements Comparable<Endpoint> {
    private static final long V4_MAPPED_HI = 0L;
    private static final long V4_MAPPED_LO_PREFIX = 0x0000_FFFF_0000_0000L;

    private final long hi;
    private final long lo;
    private final int port;

    private Endpoint(long hi, long lo, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        }
        this.hi = hi;
        this.lo = lo;
        this.port = port;
    }

    public static Endpoint ipv4(int address, int port) {
        return new Endpoint(V4_MAPPED_HI, V4_MAPPED_LO_PREFIX | (address & 0xFFFF_FFFFL), port);
    }

    public static Endpoint ipv6(long high, long low, int port) {
        return new Endpoint(high, low, port);
    }

    /** From 4 or 16 address bytes in network order. */
    public static Endpoint of(byte[] address, int port) {
        return of(address, 0, address.length, port);
    }

    public static Endpoint of(byte[] b, int off, int addressLength, int port) {
        if (addressLength == 4) {
            return ipv4(((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8)
                    | (b[off + 3] & 0xFF), port);
        }
        if (addressLength == 16) {
            return ipv6(readLong(b, off), readLong(b, off + 8), port);
        }
        throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + addressLength);
    }

    private static long readLong(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    /**
     * Parses {@code 192.0.2.10:5060}, {@code [2001:db8::1]:5061}, or a bare address (port 0).
     *
     * @throws IllegalArgumentException naming the text when it is not an IP literal
     */
    public static Endpoint parse(String text) {
        String s = text.trim();
        String host;
        int port = 0;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "': missing ']' after the IPv6 address");
            }
            host = s.substring(1, close);
            if (close + 1 < s.length()) {
                if (s.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException("'" + text + "': expected ':' and a port after ']'");
                }
                port = parsePort(text, s.substring(close + 2));
            }
        } else {
            int colon = s.indexOf(':');
            if (colon >= 0 && s.indexOf(':', colon + 1) < 0) {
                host = s.substring(0, colon);
                port = parsePort(text, s.substring(colon + 1));
            } else {
                host = s;
            }
        }
        long[] address = IpLiteral.parse(host, text);
        return new Endpoint(address[0], address[1], port);
    }

    private static int parsePort(String text, String digits) {
        try {
            int p = Integer.parseInt(digits);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': port '" + digits + "' is not a number in 0..65535");
        }
    }

    public boolean isIpv4() {
        return hi == V4_MAPPED_HI && (lo & 0xFFFF_FFFF_0000_0000L) == V4_MAPPED_LO_PREFIX;
    }

    /** The IPv4 address as an int in network order; only meaningful when {@link #isIpv4()}. */
    public int ipv4Address() {
        return (int) lo;
    }

    public long high() {
        return hi;
    }

    public long low() {
        return lo;
    }

    public int port() {
        return port;
    }

    public Endpoint withPort(int newPort) {
        return newPort == port ? this : new Endpoint(hi, lo, newPort);
    }

    /** The same address with port 0: the key for "this host, any port". */
    public Endpoint host() {
        return withPort(0);
    }

    public boolean sameAddress(Endpoint other) {
        return hi == other.hi && lo == other.lo;
    }

    /** 4 bytes for IPv4, 16 for IPv6, in network order. */
    public byte[] addressBytes() {
        if (isIpv4()) {
            int a = ipv4Address();
            return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /** The address as text: dotted quad, or RFC 5952 IPv6 without brackets. */
    public String address() {
        return IpLiteral.format(this);
    }

    @Override
    public String toString() {
        String a = address();
        return isIpv4() ? a + ":" + port : "[" + a + "]:" + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && e.hi == hi && e.lo == lo && e.port == port;
    }

    @Override
    public int hashCode() {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL ^ port;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public int compareTo(Endpoint o) {
        int c = Long.compareUnsigned(hi, o.hi);
        if (c == 0) {
            c = Long.compareUnsigned(lo, o.lo);
        }
        return c != 0 ? c : Integer.compare(port, o.port);
    }

    /** IP literal parsing and formatting, kept apart from the value itself. */
    static final class IpLiteral {
        private IpLiteral() {
        }

        static long[] parse(String host, String context) {
            if (host.indexOf(':') >= 0) {
                return parseV6(host, context);
            }
            int a = parseV4(host, context);
            return new long[] {V4_MAPPED_HI, V4_MAPPED_LO_PREFIX | (a & 0xFFFF_FFFFL)};
        }

        static int parseV4(String host, String context) {
            String[] parts = host.split("\\.", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("'" + context + "': '" + host + "' is not an IPv4 address");
            }
            int a = 0;
            for (String p : parts) {
                int v;
                try {
                    v = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    v = -1;
                }
                if (v < 0 || v > 255 || p.isEmpty() || p.length() > 3) {
                    throw new IllegalArgumentException("'" + context + "': '" + host + "' is not an IPv4 address");
                }
                a = (a << 8) | v;
            }
            return a;
        }

        static long[] parseV6(String host, String context) {
            String h = host;
            int zone = h.indexOf('%');
            if (zone >= 0) {
                h = h.substring(0, zone);
            }
            int[] groups = new int[8];
            int dbl = h.indexOf("::");
            if (dbl != h.lastIndexOf("::")) {
                throw new IllegalArgumentException("'" + context + "': '" + host + "' has '::' twice");
            }
            String[] head;
            String[] tail;
            if (dbl >= 0) {
                head = h.substring(0, dbl).isEmpty() ? new String[0] : h.substring(0, dbl).split(":", -1);
                tail = h.substring(dbl + 2).isEmpty() ? new String[0] : h.substring(dbl + 2).split(":", -1);
            } else {
                head = h.split(":", -1);
                tail = new String[0];
            }
            int[] headVals = groupsOf(head, host, context);
            int[] tailVals = groupsOf(tail, host, context);
            if (dbl < 0 && headVals.length != 8 || dbl >= 0 && headVals.length + tailVals.length > 7) {
                throw new IllegalArgumentException("'" + context + "': '" + host + "' is not an IPv6 address");
            }
            System.arraycopy(headVals, 0, groups, 0, headVals.length);
            System.arraycopy(tailVals, 0, groups, 8 - tailVals.length, tailVals.length);
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 4; i++) {
                hi = (hi << 16) | groups[i];
                lo = (lo << 16) | groups[4 + i];
            }
            return new long[] {hi, lo};
        }

        /** Hex groups; a trailing dotted quad counts as two groups. */
        private static int[] groupsOf(String[] parts, String host, String context) {
            int n = parts.length;
            boolean quad = n > 0 && parts[n - 1].indexOf('.') >= 0;
            int[] out = new int[quad ? n + 1 : n];
            for (int i = 0; i < n; i++) {
                String p = parts[i];
                if (quad && i == n - 1) {
                    int a = parseV4(p, context);
                    out[i] = a >>> 16;
                    out[i + 1] = a & 0xFFFF;
                    break;
                }
                if (p.isEmpty() || p.length() > 4) {
                    throw new IllegalArgumentException("'" + context + "': '" + host + "' is not an IPv6 address");
                }
                try {
                    out[i] = Integer.parseInt(p, 16);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + context + "': '" + host + "' is not an IPv6 address");
                }
            }
            return out;
        }

        static String format(Endpoint e) {
            if (e.isIpv4()) {
                int a = e.ipv4Address();
                return (a >>> 24) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
            }
            int[] g = new int[8];
            for (int i = 0; i < 4; i++) {
                g[i] = (int) ((e.hi >>> (48 - 16 * i)) & 0xFFFF);
                g[4 + i] = (int) ((e.lo >>> (48 - 16 * i)) & 0xFFFF);
            }
            // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie.
            int bestStart = -1;
            int bestLen = 1;
            for (int i = 0; i < 8; ) {
                if (g[i] != 0) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            }
            StringBuilder sb = new StringBuilder(39);
            for (int i = 0; i < 8; i++) {
                if (i == bestStart) {
                    sb.append(i == 0 ? "::" : ":");
                    i += bestLen - 1;
                    continue;
                }
                sb.append(Integer.toHexString(g[i]));
                if (i < 7) {
                    sb.append(':');
                }
            }
            return sb.toString().toLowerCase(Locale.ROOT);
        }
    }
}
