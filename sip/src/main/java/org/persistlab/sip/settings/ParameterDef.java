package org.persistlab.sip.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A documented 46xxsettings parameter: its name, unit, default, allowed values and where they come
 * from. Parameters the Avaya sources do not give are named {@code LAB_...} and their source starts
 * with {@code ASSUMPTION:}.
 *
 * @param name         the name as written after {@code SET}
 * @param kind         how the value is checked
 * @param unit         {@code s}, {@code min} or empty
 * @param defaultValue the documented default as written in a file; {@code null} when no source gives one
 * @param min          smallest allowed value (INTEGER), 0 otherwise
 * @param max          largest allowed value (INTEGER), longest text (TEXT, CONTROLLER_LIST)
 * @param allowed      the words a CHOICE accepts, in lower case; empty otherwise
 * @param source       the reference keys of domain.md, or {@code ASSUMPTION: why}
 * @param meaning      one line on what the parameter does
 */
public record ParameterDef(String name, ParameterKind kind, String unit, String defaultValue, long min, long max,
                           List<String> allowed, String source, String meaning) {

    public ParameterDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(meaning, "meaning");
        allowed = List.copyOf(allowed);
        if (min > max) {
            throw new IllegalArgumentException(name + ": min " + min + " > max " + max);
        }
        if (defaultValue != null && problem(name, kind, unit, min, max, allowed, defaultValue) != null) {
            throw new IllegalArgumentException(name + ": default '" + defaultValue + "' is not allowed");
        }
    }

    static ParameterDef integer(String name, String unit, Integer defaultValue, long min, long max, String source,
                                String meaning) {
        return new ParameterDef(name, ParameterKind.INTEGER, unit, defaultValue == null ? null : defaultValue.toString(),
                min, max, List.of(), source, meaning);
    }

    static ParameterDef flag(String name, Integer defaultValue, String source, String meaning) {
        return new ParameterDef(name, ParameterKind.FLAG, "", defaultValue == null ? null : defaultValue.toString(),
                0, 1, List.of(), source, meaning);
    }

    static ParameterDef choice(String name, String defaultValue, List<String> allowed, String source,
                               String meaning) {
        return new ParameterDef(name, ParameterKind.CHOICE, "", defaultValue, 0, 0, allowed, source, meaning);
    }

    static ParameterDef text(String name, String defaultValue, int maxLength, String source, String meaning) {
        return new ParameterDef(name, ParameterKind.TEXT, "", defaultValue, 0, maxLength, List.of(), source, meaning);
    }

    /** The documented default, if a source gives one. */
    public Optional<String> defaultText() {
        return Optional.ofNullable(defaultValue);
    }

    /** True when no Avaya source gives this parameter or its default: the lab chose it. */
    public boolean isAssumption() {
        return source.startsWith("ASSUMPTION");
    }

    /** The allowed values in words, e.g. {@code 30-86400 s} or {@code auto|admin}. */
    public String range() {
        switch (kind) {
            case INTEGER:
                return min + "-" + max + (unit.isEmpty() ? "" : " " + unit);
            case FLAG:
                return "0|1";
            case CHOICE:
                return String.join("|", allowed);
            default:
                return "at most " + max + " characters";
        }
    }

    /**
     * Why {@code value} is not allowed, or {@code null} when it is. Controller-list syntax is checked
     * by {@link ControllerList}, not here (only its length is).
     */
    public String problem(String value) {
        return problem(name, kind, unit, min, max, allowed, value);
    }

    private static String problem(String name, ParameterKind kind, String unit, long min, long max, List<String> allowed,
                                  String value) {
        switch (kind) {
            case INTEGER:
            case FLAG: {
                String v = value.startsWith("+") ? value.substring(1) : value;
                if (!HostSyntax.allDigits(v) && !(v.startsWith("-") && HostSyntax.allDigits(v.substring(1)))) {
                    return name + " must be a whole number, not '" + LineLexer.shorten(value) + "'";
                }
                String range = min + "-" + max + (unit.isEmpty() ? "" : " " + unit);
                if (v.length() > 12) {
                    return name + " " + LineLexer.shorten(value) + " is out of range " + range;
                }
                long n = Long.parseLong(v);
                if (n < min || n > max) {
                    return name + " " + n + " is out of range " + range;
                }
                return null;
            }
            case CHOICE:
                return allowed.contains(value.toLowerCase(Locale.ROOT)) ? null
                        : name + " must be " + String.join(" or ", allowed) + ", not '" + LineLexer.shorten(value) + "'";
            default:
                return value.length() <= max ? null
                        : name + " is " + value.length() + " characters long; the limit is " + max;
        }
    }
}
