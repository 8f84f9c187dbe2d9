package org.persistlab.sip.settings;

import java.util.List;
import java.util.Locale;
import org.persistlab.sip.Transport;

/** Reads one {@code host[:port][;transport=x]} entry of a controller list, reporting what is wrong with it. */
final class ControllerEntryParser {
    private final String text;
    private final int entry;
    private final int column;
    private final List<ControllerList.Problem> problems;

    private ControllerEntryParser(String text, int entry, int column, List<ControllerList.Problem> problems) {
        this.text = text;
        this.entry = entry;
        this.column = column;
        this.problems = problems;
    }

    /**
     * @param segment  the entry's text, between commas
     * @param entry    its 1-based number in the list
     * @param column   the 1-based column of its first character within the list value
     * @param problems where problems go
     * @return the entry, or {@code null} when it cannot be read
     */
    static ControllerEntry parse(String segment, int entry, int column, List<ControllerList.Problem> problems) {
        return new ControllerEntryParser(segment, entry, column, problems).parse();
    }

    private ControllerEntry parse() {
        if (text.isEmpty()) {
            return fail(0, "is empty (two commas in a row, or a comma at an end)");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return fail(i, "contains a space; entries are separated by commas with no spaces");
            }
        }
        int semi = text.indexOf(';');
        String address = semi < 0 ? text : text.substring(0, semi);
        String params = semi < 0 ? null : text.substring(semi + 1);
        String host;
        String portText = null;
        int portOffset = -1;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                return fail(0, "has '[' without a closing ']'");
            }
            host = address.substring(1, close);
            if (!HostSyntax.isIpv6(host)) {
                return fail(1, "'" + host + "' in brackets is not an IPv6 address");
            }
            String after = address.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    return fail(close + 1, "has '" + after + "' after the IPv6 address; expected ':port'");
                }
                portText = after.substring(1);
                portOffset = close + 2;
            }
        } else {
            int colon = address.indexOf(':');
            if (colon >= 0 && address.indexOf(':', colon + 1) >= 0) {
                return fail(0, "looks like an IPv6 address; write it in brackets, e.g. [2001:db8::1]:5061");
            }
            host = colon < 0 ? address : address.substring(0, colon);
            if (host.isEmpty()) {
                return fail(0, "has no host");
            }
            String why = HostSyntax.checkHostOrIpv4(host);
            if (why != null) {
                return fail(0, why);
            }
            if (colon >= 0) {
                portText = address.substring(colon + 1);
                portOffset = colon + 1;
            }
        }
        Transport transport = ControllerEntry.DEFAULT_TRANSPORT;
        boolean transportGiven = false;
        if (params != null) {
            int offset = semi + 1;
            for (String param : params.split(";", -1)) {
                int eq = param.indexOf('=');
                String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
                if (!name.equals("transport")) {
                    return fail(offset, param.isEmpty() ? "has an empty parameter (a stray ';')"
                            : "has the unknown parameter '" + param + "'; only transport=tls|tcp|udp is allowed");
                }
                if (transportGiven) {
                    return fail(offset, "gives transport= twice");
                }
                String token = eq < 0 ? "" : param.substring(eq + 1).toLowerCase(Locale.ROOT);
                if (token.equals("auto")) {
                    return fail(offset, "uses transport=auto (NAPTR/SRV lookup, OpenSIP only), which the lab"
                            + " does not model; use tls, tcp or udp");
                }
                if (!token.equals("tls") && !token.equals("tcp") && !token.equals("udp")) {
                    return fail(offset, "has the unknown transport '" + token + "'; use tls, tcp or udp");
                }
                transport = Transport.fromToken(token);
                transportGiven = true;
                offset += param.length() + 1;
            }
        }
        int port = transport.defaultPort();
        if (portText != null) {
            if (!HostSyntax.allDigits(portText) || portText.length() > 5 || Integer.parseInt(portText) < 1
                    || Integer.parseInt(portText) > 65535) {
                return fail(portOffset, portText.isEmpty() ? "has ':' but no port"
                        : "has the bad port '" + portText + "' (1-65535)");
            }
            port = Integer.parseInt(portText);
        }
        return new ControllerEntry(host, port, transport, portText != null, transportGiven);
    }

    private ControllerEntry fail(int offset, String message) {
        problems.add(new ControllerList.Problem(entry, column + offset,
                "entry " + entry + " '" + text + "' " + message));
        return null;
    }
}
