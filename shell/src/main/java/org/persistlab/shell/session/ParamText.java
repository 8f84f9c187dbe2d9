package org.persistlab.shell.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.persistlab.sim.scenario.ParamDef;

/** How a scenario parameter is described to people: its kind of value, its source in short, its tip. */
public final class ParamText {
    private static final Pattern SOURCE_KEY = Pattern.compile("\\[[A-Z0-9][A-Za-z0-9-]*]");

    private ParamText() {
    }

    /** The kind of value with its unit: {@code duration (ms, s, m, h)}, {@code auto|admin}, {@code %}. */
    public static String unit(ParamDef p) {
        String base = switch (p.type()) {
            case INTEGER -> p.max() == Long.MAX_VALUE ? "count >= " + p.min() : "count " + p.min() + ".." + p.max();
            case DURATION -> "duration (ms, s, m, h)";
            case DISTRIBUTION -> "distribution of durations";
            case FRACTION -> "fraction 0..1";
            case PERCENT -> "% 0..100";
            case RATE -> "rate (/s, /m, /h)";
            case CHOICE -> String.join("|", p.choices());
            case TEXT -> "text";
        };
        return p.words().isEmpty() ? base : base + " or " + String.join("|", p.words());
    }

    /** The source in a few characters: its first reference key ({@code [J100-RED]}), or {@code assumption}. */
    public static String shortSource(ParamDef p) {
        if (p.isAssumption()) {
            return "assumption";
        }
        Matcher m = SOURCE_KEY.matcher(p.source());
        if (m.find()) {
            return m.group();
        }
        return p.source().length() <= 28 ? p.source() : p.source().substring(0, 27) + "…";
    }

    /** The one-line tip the shell shows while a parameter is typed. */
    public static String tip(ParamDef p) {
        return p.name() + ": " + unit(p) + " · default " + p.defaultValue() + " · source " + p.source() + " · "
                + p.help();
    }
}
