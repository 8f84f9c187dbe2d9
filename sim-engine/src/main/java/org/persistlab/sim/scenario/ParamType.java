package org.persistlab.sim.scenario;

import java.util.List;
import java.util.Locale;
import org.persistlab.sim.kernel.Durations;
import org.persistlab.sim.kernel.random.DistributionSpec;

/** What kind of value a scenario parameter takes, and how its text is checked. */
public enum ParamType {
    INTEGER("a whole number"),
    DURATION("a duration with a unit: 250ms, 90s, 10m, 1h"),
    DISTRIBUTION("a distribution of durations: const(20ms), uniform(1s,3s), exp(180s), normal(20ms,5ms), "
            + "lognormal(mean=180s,sd=60s), empirical(1s:0.5,2s:0.5)"),
    FRACTION("a number from 0 to 1"),
    PERCENT("a percentage from 0 to 100, with or without %"),
    RATE("a rate per hour: 2/h, or per second: 5/s"),
    CHOICE("one of the listed values"),
    TEXT("text");

    private final String expected;

    ParamType(String expected) {
        this.expected = expected;
    }

    public String expected() {
        return expected;
    }

    /** Null when the value is acceptable, else what is wrong with it. */
    String problem(String value, List<String> choices, long min, long max) {
        String v = value.trim();
        if (v.isEmpty()) {
            return "a value is missing; expected " + expected;
        }
        try {
            switch (this) {
                case INTEGER -> {
                    long n = Long.parseLong(v);
                    if (n < min || n > max) {
                        return v + " is outside " + min + ".." + max;
                    }
                }
                case DURATION -> {
                    long n = Durations.parse(v);
                    if (n < min || n > max) {
                        return v + " is outside " + Durations.format(min) + ".." + Durations.format(max);
                    }
                }
                case DISTRIBUTION -> DistributionSpec.parseDuration(v);
                case FRACTION -> {
                    double d = Double.parseDouble(v);
                    if (!(d >= 0 && d <= 1)) {
                        return v + " is outside 0..1";
                    }
                }
                case PERCENT -> {
                    double d = percent(v);
                    if (!(d >= 0 && d <= 100)) {
                        return v + " is outside 0..100 %";
                    }
                }
                case RATE -> perSecond(v);
                case CHOICE -> {
                    if (!choices.contains(v.toLowerCase(Locale.ROOT))) {
                        return "'" + v + "' is not one of " + String.join(", ", choices);
                    }
                }
                case TEXT -> {
                    // any text is accepted; the parameter that reads it checks its meaning
                }
            }
        } catch (NumberFormatException e) {
            return "'" + v + "' is not " + expected;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    static double percent(String v) {
        String t = v.trim();
        return Double.parseDouble(t.endsWith("%") ? t.substring(0, t.length() - 1).trim() : t);
    }

    /** A rate such as {@code 2/h}, {@code 30/m} or {@code 5/s}, as events per second. */
    static double perSecond(String v) {
        String t = v.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + v + "' needs a unit: 2/h, 30/m or 5/s");
        }
        double n = Double.parseDouble(t.substring(0, slash).trim());
        String unit = t.substring(slash + 1).trim();
        double per = switch (unit) {
            case "s" -> 1;
            case "m", "min" -> 60;
            case "h" -> 3600;
            default -> throw new IllegalArgumentException("'" + v + "': unit must be /s, /m or /h");
        };
        if (n < 0) {
            throw new IllegalArgumentException("'" + v + "' is negative");
        }
        return n / per;
    }
}
