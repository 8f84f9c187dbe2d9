package org.persistlab.shell.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * The options of {@code lab serve}, declared once (for help and completion) and read into
 * {@link ServerSettings}. Ports of 0 turn a transport off; TLS is off unless {@code --tls} is given.
 */
final class ServeOptions {
    static final String UDP = "--udp";
    static final String TCP = "--tcp";
    static final String TLS = "--tls";
    static final String BIND = "--bind";
    static final String USERS = "--users";
    static final String LICENSES = "--licenses";
    static final String CAPTURE = "--capture";
    static final String TRUNK = "--trunk";
    static final String DURATION = "--duration";
    static final String CERTS = "--certs";
    static final String VERBOSE = "--verbose";

    static final OptionSpec[] SPECS = {
        OptionSpec.file(USERS, "FILE|DIR", "persist-settings files: FORCE_SIP_USERNAME/PASSWORD/EXTENSION become users"),
        OptionSpec.value(UDP, "PORT", "UDP port (0: none)").withDefault("5060"),
        OptionSpec.value(TCP, "PORT", "TCP port: the same as UDP's, or 0 for none (default: UDP's)"),
        OptionSpec.value(TLS, "PORT", "TLS port (IP Office: 5061); makes the certificates on first start"),
        OptionSpec.value(BIND, "ADDR", "address to listen on and to name in Via/Record-Route").withDefault("127.0.0.1"),
        OptionSpec.value(LICENSES, "N", "endpoint licenses; later phones register emergency-only")
                .withDefault(Integer.toString(ServerSettings.IP500_V2_EXTENSIONS)),
        OptionSpec.file(CAPTURE, "FILE", "capture the server's traffic live into a pcap (needs libpcap)"),
        OptionSpec.value(TRUNK, "HOST:PORT[;transport=udp|tcp]", "the SIP trunk for external and emergency calls"),
        OptionSpec.value(DURATION, "TIME", "stop after this long (500ms, 30s, 5m, 1h); default: until Ctrl-C"),
        OptionSpec.file(CERTS, "DIR", "where the TLS root CA, server certificate and WebRootCA.pem live")
                .withDefault("serve-certs"),
        OptionSpec.flag(VERBOSE, "print every registration and call, not only refusals and overload"),
    };

    private ServeOptions() {
    }

    static ServerSettings settings(Invocation inv) throws UsageException {
        InetAddress bind = address(inv.option(BIND).orElseThrow());
        int udp = port(inv, UDP, 5060);
        int tcp = port(inv, TCP, udp == 0 ? 5060 : udp);
        int tls = port(inv, TLS, 0);
        int licenses = inv.intOption(LICENSES, ServerSettings.IP500_V2_EXTENSIONS);
        if (licenses < 0) {
            throw new UsageException(LICENSES + " cannot be negative");
        }
        ServerSettings.Builder b = ServerSettings.builder(bind).udpPort(udp).tcpPort(tcp).tlsPort(tls)
                .licenses(licenses).certsDir(inv.context().resolve(inv.option(CERTS).orElseThrow()));
        Optional<String> trunk = inv.option(TRUNK);
        if (trunk.isPresent()) {
            trunk(b, trunk.get());
        }
        inv.option(CAPTURE).ifPresent(f -> b.capture(inv.context().resolve(f)));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code --duration}, or empty for "until stopped". */
    static Optional<Duration> duration(Invocation inv) throws UsageException {
        Optional<String> v = inv.option(DURATION);
        return v.isEmpty() ? Optional.empty() : Optional.of(parseDuration(v.get()));
    }

    static Duration parseDuration(String text) throws UsageException {
        String s = text.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i == s.length()) {
            throw new UsageException(DURATION + " expects a number and a unit (500ms, 30s, 5m, 1h), not '" + text + "'");
        }
        long n;
        try {
            n = Long.parseLong(s.substring(0, i));
        } catch (NumberFormatException e) {
            throw new UsageException(DURATION + " is too large: '" + text + "'");
        }
        Duration d = switch (s.substring(i)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> throw new UsageException(DURATION + ": unknown unit '" + s.substring(i) + "' in '" + text
                    + "' (ms, s, m, h)");
        };
        if (d.isZero()) {
            throw new UsageException(DURATION + " must be more than 0");
        }
        return d;
    }

    private static void trunk(ServerSettings.Builder b, String text) throws UsageException {
        String hostPort = text;
        Transport transport = Transport.UDP;
        int semi = text.indexOf(';');
        if (semi >= 0) {
            hostPort = text.substring(0, semi);
            String param = text.substring(semi + 1).trim().toLowerCase(Locale.ROOT);
            if (!param.startsWith("transport=")) {
                throw new UsageException(TRUNK + ": expected ;transport=udp|tcp after the address, not ';" + param + "'");
            }
            transport = Transport.fromToken(param.substring("transport=".length()));
            if (transport != Transport.UDP && transport != Transport.TCP) {
                throw new UsageException(TRUNK + ": the trunk runs over udp or tcp, not '" + param + "'");
            }
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || hostPort.endsWith("]")) {
            throw new UsageException(TRUNK + " expects HOST:PORT, not '" + text + "'");
        }
        InetAddress host = address(hostPort.substring(0, colon).replace("[", "").replace("]", ""));
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new UsageException(TRUNK + ": '" + hostPort.substring(colon + 1) + "' is not a port");
        }
        if (port < 1 || port > 65_535) {
            throw new UsageException(TRUNK + ": port " + port + " is out of range");
        }
        b.trunk(Endpoint.of(host.getAddress(), port), transport);
    }

    private static int port(Invocation inv, String name, int fallback) throws UsageException {
        int p = inv.intOption(name, fallback);
        if (p < 0 || p > 65_535) {
            throw new UsageException(name + " must be 0-65535, not " + p);
        }
        return p;
    }

    private static InetAddress address(String text) throws UsageException {
        try {
            return InetAddress.getByName(text.trim());
        } catch (UnknownHostException e) {
            throw new UsageException("'" + text + "' is not an address this machine can resolve");
        }
    }
}
