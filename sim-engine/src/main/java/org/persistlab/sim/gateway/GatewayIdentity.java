package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.SipUri;
import org.persistlab.sip.Transport;
import org.persistlab.sip.Via;

/**
 * How the gateway names itself on the wire: the Via sent-by and the Record-Route URI per transport,
 * and whether a Route URI points at it (so it can be removed, RFC 3261 §16.4). All strings are
 * built once.
 */
final class GatewayIdentity {
    private final Endpoint udpTcp;
    private final Endpoint tls;
    private final String[] sentBy = new String[Transport.values().length];
    private final String[] recordRoute = new String[Transport.values().length];
    /** What {@link #isUs} says of each of our own Record-Route values, which phones send back verbatim as Routes. */
    private final boolean[] recordRouteIsUs = new boolean[Transport.values().length];
    /** The same strings as bytes, written as they are at the head of every message the proxy sends. */
    private final byte[][] sentByBytes = new byte[Transport.values().length][];
    private final byte[][] recordRouteBytes = new byte[Transport.values().length][];
    /**
     * Whether the sip parser reads our Via on each transport back to exactly its branch (checked once
     * with a branch of the shape {@link CallTable} makes): where it does not, {@link #branchAfterOurSentBy}
     * never claims a Via, so it cannot disagree with parsing.
     */
    private final boolean[] viaParsesBack = new boolean[Transport.values().length];

    GatewayIdentity(GatewayConfig config) {
        this.udpTcp = config.udpTcpEndpoint();
        this.tls = config.tlsEndpoint();
        for (Transport t : Transport.values()) {
            Endpoint e = config.endpointFor(t);
            sentBy[t.ordinal()] = "SIP/2.0/" + t.token() + " " + e + ";branch=";
            recordRoute[t.ordinal()] = "<sip:" + e + ";lr;transport=" + t.token().toLowerCase(Locale.ROOT) + ">";
        }
        for (Transport t : Transport.values()) {
            int k = t.ordinal();
            recordRouteIsUs[k] = parsesAsUs(recordRoute[k]);
            viaParsesBack[k] = parsesBackToBranch(via(t, PROBE_BRANCH));
            sentByBytes[k] = sentBy[k].getBytes(StandardCharsets.UTF_8);
            recordRouteBytes[k] = recordRoute[k].getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final String PROBE_BRANCH = "z9hG4bKipo0123456789abcdef";

    private static boolean parsesBackToBranch(String via) {
        try {
            return via.indexOf(',') < 0 && PROBE_BRANCH.equals(Via.parse(via).branch());
        } catch (SipParseException e) {
            return false;
        }
    }

    /**
     * Where the branch starts when {@code b[start, end)} is one of our Vias (our sent-by, then the
     * branch), or -1. A response comes back with the Via we wrote on top, so this finds our branch
     * without parsing the Via; the caller confirms the whole value is the one it wrote.
     */
    int branchAfterOurSentBy(byte[] b, int start, int end) {
        for (int t = 0; t < sentByBytes.length; t++) {
            byte[] prefix = sentByBytes[t];
            if (viaParsesBack[t] && end - start > prefix.length
                    && Arrays.equals(b, start, start + prefix.length, prefix, 0, prefix.length)) {
                return start + prefix.length;
            }
        }
        return -1;
    }

    /** {@link #via} without its branch, as bytes; callers must not modify the array. */
    byte[] sentByBytes(Transport t) {
        return sentByBytes[t.ordinal()];
    }

    /** {@link #recordRoute} as bytes; callers must not modify the array. */
    byte[] recordRouteBytes(Transport t) {
        return recordRouteBytes[t.ordinal()];
    }

    /** A Via value for a request we send on {@code t} with this branch. */
    String via(Transport t, String branch) {
        return sentBy[t.ordinal()] + branch;
    }

    /** The Record-Route value for the side of the gateway that faces {@code t}. */
    String recordRoute(Transport t) {
        return recordRoute[t.ordinal()];
    }

    /** True when a Route value names this gateway (its address and one of its ports, 5060 or 5061 by default). */
    boolean isUs(String routeValue) {
        for (int t = 0; t < recordRoute.length; t++) {
            if (routeValue.equals(recordRoute[t])) {
                return recordRouteIsUs[t]; // the answer parsing it gave once, without parsing it again
            }
        }
        return parsesAsUs(routeValue);
    }

    private boolean parsesAsUs(String routeValue) {
        String v = routeValue.trim();
        int lt = v.indexOf('<');
        int gt = v.indexOf('>', lt + 1);
        String uriText = lt >= 0 && gt > lt ? v.substring(lt + 1, gt) : v;
        SipUri uri;
        try {
            uri = SipUri.parse(uriText);
        } catch (SipParseException e) {
            return false;
        }
        if (uri.host() == null) {
            return false;
        }
        String host = uri.host().startsWith("[") ? uri.host().substring(1, uri.host().length() - 1) : uri.host();
        boolean secure = uri.scheme().equals("sips") || "tls".equalsIgnoreCase(uri.param("transport"));
        int port = uri.port() >= 0 ? uri.port() : secure ? 5061 : 5060;
        return matches(udpTcp, host, port) || matches(tls, host, port);
    }

    private static boolean matches(Endpoint e, String host, int port) {
        return e.port() == port && e.address().equalsIgnoreCase(host);
    }
}
