package org.persistlab.sip.settings;

import java.util.Locale;
import java.util.Objects;
import org.persistlab.sip.Transport;

/**
 * One entry of {@code SIP_CONTROLLER_LIST}: {@code host[:port][;transport=tls|tcp|udp]} (domain.md
 * §1.2, [46XX-TPL], [9608-ADM]). The port and transport are always known (defaults filled in: TLS,
 * then 5061 for TLS and 5060 for TCP and UDP); the flags say whether the file wrote them, so that
 * {@link #text()} writes the entry back the way it was given.
 *
 * @param host           an IPv4 address, a host name, or an IPv6 address without its brackets
 * @param port           1..65535
 * @param transport      {@link Transport#TLS}, {@link Transport#TCP} or {@link Transport#UDP}
 * @param portGiven      the entry wrote a port
 * @param transportGiven the entry wrote a {@code transport=} parameter
 */
public record ControllerEntry(String host, int port, Transport transport, boolean portGiven,
                              boolean transportGiven) {
    /** The transport an entry without {@code transport=} uses [46XX-TPL]. */
    public static final Transport DEFAULT_TRANSPORT = Transport.TLS;

    public ControllerEntry {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("a controller host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("controller port " + port + " is outside 1..65535");
        }
        if (transport != Transport.TLS && transport != Transport.TCP && transport != Transport.UDP) {
            throw new IllegalArgumentException("a controller uses tls, tcp or udp, not " + transport);
        }
    }

    /** An entry with the port and transport written out. */
    public static ControllerEntry of(String host, int port, Transport transport) {
        return new ControllerEntry(host, port, transport, true, true);
    }

    /** The same target with the port and transport written out. */
    public ControllerEntry explicit() {
        return new ControllerEntry(host, port, transport, true, true);
    }

    /** Same host (ignoring case), port and transport, however the entries were written. */
    public boolean sameTarget(ControllerEntry other) {
        return host.equalsIgnoreCase(other.host) && port == other.port && transport == other.transport;
    }

    public boolean isIpv6() {
        return host.indexOf(':') >= 0;
    }

    /**
     * Canonical text: the host (IPv6 in brackets), {@code :port} when given, {@code ;transport=x}
     * (lower case) when given, e.g. {@code 192.0.2.10:5060;transport=tcp}.
     */
    public String text() {
        StringBuilder sb = new StringBuilder(host.length() + 24);
        sb.append(isIpv6() ? "[" + host + "]" : host);
        if (portGiven) {
            sb.append(':').append(port);
        }
        if (transportGiven) {
            sb.append(";transport=").append(transport.token().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
