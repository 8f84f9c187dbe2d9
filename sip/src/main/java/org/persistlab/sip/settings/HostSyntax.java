package org.persistlab.sip.settings;

/**
 * Checks the host part of a controller entry without any DNS lookup: a dotted IPv4 address, an
 * IPv6 address (the part between the brackets), or a host name (RFC 1123 labels).
 */
final class HostSyntax {
    private HostSyntax() {
    }

    /** Why {@code host} is not an IPv4 address or a host name, or {@code null} when it is one. */
    static String checkHostOrIpv4(String host) {
        if (looksNumeric(host)) {
            return isIpv4(host) ? null : "'" + host + "' is not an IPv4 address (four numbers 0-255)";
        }
        if (host.length() > 253) {
            return "host name is longer than 253 characters";
        }
        for (String label : host.split("\\.", -1)) {
            String why = checkLabel(label);
            if (why != null) {
                return "'" + host + "' is not a host name: " + why;
            }
        }
        return null;
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !allDigits(p) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4291 §2.2 text forms: eight groups, one {@code ::}, an optional dotted IPv4 tail. */
    static boolean isIpv6(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean last = i == groups.length - 1;
            if (g.isEmpty()) {
                continue;
            }
            if (last && g.indexOf('.') >= 0) {
                if (!isIpv4(g)) {
                    return false;
                }
                count += 2;
            } else if (g.length() > 4 || !allHex(g)) {
                return false;
            } else {
                count++;
            }
        }
        if (doubleColon < 0) {
            return count == 8 && !s.startsWith(":") && !s.endsWith(":");
        }
        boolean strayLeading = s.startsWith(":") && !s.startsWith("::");
        boolean strayTrailing = s.endsWith(":") && !s.endsWith("::");
        return count <= 7 && !strayLeading && !strayTrailing;
    }

    private static String checkLabel(String label) {
        if (label.isEmpty()) {
            return "empty label";
        }
        if (label.length() > 63) {
            return "a label is longer than 63 characters";
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            return "a label starts or ends with '-'";
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return "'" + c + "' is not allowed (letters, digits and '-')";
            }
        }
        return null;
    }

    private static boolean looksNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
