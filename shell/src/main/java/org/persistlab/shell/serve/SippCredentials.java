package org.persistlab.shell.serve;

/**
 * Turns the SIPp injection file {@code lab settings generate} writes ({@code SEQUENTIAL}, then
 * {@code user;password;extension}) into one SIPp 3.6.1 can authenticate from: {@code user;[authentication
 * username=user password=password];extension}, used in a scenario as {@code [field1]}. SIPp 3.6.1 does
 * not expand {@code [field0]} inside {@code [authentication ...]}; putting the whole keyword in a
 * field is the per-call credential form its documentation gives (docs/scenarios/sipauth.rst).
 */
public final class SippCredentials {
    private SippCredentials() {
    }

    /** @throws IllegalArgumentException naming the line when a line is not {@code user;password;extension} */
    public static String authenticationCsv(String usersCsv) {
        StringBuilder out = new StringBuilder();
        String[] lines = usersCsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 || line.isBlank() || line.startsWith("#")) {
                out.append(line).append('\n'); // the order keyword, blank lines and comments stay
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 3 || f[0].isEmpty() || f[1].isEmpty() || !plain(f[0]) || !plain(f[1])) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected user;password;extension with no"
                        + " spaces, ']' or '[' in user and password, got '" + line + "'");
            }
            out.append(f[0]).append(";[authentication username=").append(f[0]).append(" password=").append(f[1])
                    .append("];").append(f[2]).append('\n');
        }
        return out.toString();
    }

    private static boolean plain(String s) {
        return s.chars().noneMatch(c -> Character.isWhitespace(c) || c == '[' || c == ']');
    }
}
