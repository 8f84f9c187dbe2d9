package org.persistlab.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario text: {@code NAME VALUE} lines, {@code site NAME phones=N [licenses=N] [settings=PATH]}
 * lines, comments after {@code #}, blank lines. Every wrong line is reported with its number and
 * what was expected; the good lines still count.
 */
public final class ScenarioParser {
    /** The scenario read so far and every problem found, each "source:line: message". */
    public record Result(Scenario scenario, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private ScenarioParser() {
    }

    public static Result parse(String source, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<SiteSpec> sites = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            int sp = indexOfSpace(line);
            String name = sp < 0 ? line : line.substring(0, sp);
            String value = sp < 0 ? "" : line.substring(sp + 1).trim();
            if (name.equals("site")) {
                try {
                    SiteSpec s = site(value);
                    if (sites.stream().anyMatch(x -> x.name().equals(s.name()))) {
                        errors.add(where + "site '" + s.name() + "' is defined twice");
                    } else {
                        sites.add(s);
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(where + e.getMessage());
                }
                continue;
            }
            ParamDef p = Params.find(name).orElse(null);
            if (p == null) {
                String hint = suggestion(name);
                errors.add(where + "unknown parameter '" + name + "'"
                        + (hint.isEmpty() ? "; expected 'NAME VALUE' or 'site NAME phones=N'" : hint));
                continue;
            }
            String problem = p.problem(value);
            if (problem != null) {
                errors.add(where + p.name() + ": " + problem);
                continue;
            }
            values.remove(p.name());
            values.put(p.name(), value);
        }
        return new Result(new Scenario(source, values, sites), List.copyOf(errors));
    }

    private static SiteSpec site(String rest) {
        String[] parts = rest.trim().split("\\s+");
        if (rest.isBlank()) {
            throw new IllegalArgumentException("a site needs a name: site NAME phones=N [licenses=N] [settings=PATH]"
                    + " [users=PATH]");
        }
        String name = parts[0];
        int phones = -1;
        int licenses = -1;
        String settings = null;
        String users = null;
        for (int k = 1; k < parts.length; k++) {
            String kv = parts[k];
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("site " + name + ": expected key=value, found '" + kv + "'");
            }
            String key = kv.substring(0, eq);
            String val = kv.substring(eq + 1);
            switch (key) {
                case "phones" -> phones = number(name, key, val);
                case "licenses" -> licenses = number(name, key, val);
                case "settings" -> settings = val;
                case "users" -> users = val;
                default -> throw new IllegalArgumentException("site " + name + ": unknown key '" + key
                        + "'; expected phones=, licenses=, settings= or users=");
            }
        }
        if (phones < 0) {
            throw new IllegalArgumentException("site " + name + ": phones=N is required");
        }
        return new SiteSpec(name, phones, licenses, settings, users);
    }

    private static int number(String site, String key, String val) {
        try {
            return Integer.parseInt(val);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("site " + site + ": " + key + "=" + val + " is not a whole number");
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** " (did you mean 'x'?)" for the closest known name within two edits, else nothing. */
    static String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (ParamDef p : Params.all()) {
            int d = distance(name, p.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = p.name();
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
