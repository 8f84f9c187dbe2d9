package org.persistlab.analyzer.metrics;

import org.persistlab.sip.Endpoint;

/**
 * The registrars named by the user ({@code --primary}, {@code --gateway}); either may be {@code null}
 * (inferred from the order of registrations). Port 0 means any port at that address.
 */
public record FailoverRoles(Endpoint primary, Endpoint gateway) {
    public static final FailoverRoles INFERRED = new FailoverRoles(null, null);

    public static boolean matches(Endpoint role, Endpoint x) {
        return role.port() == 0 ? role.sameAddress(x) : role.equals(x);
    }

    /** True when {@code x} is at the address of a named role: a server, not a phone. */
    boolean isServerAddress(Endpoint x) {
        return primary != null && primary.sameAddress(x) || gateway != null && gateway.sameAddress(x);
    }

    static String describe(Endpoint e) {
        return e == null ? null : e.port() == 0 ? e.address() : e.toString();
    }
}
