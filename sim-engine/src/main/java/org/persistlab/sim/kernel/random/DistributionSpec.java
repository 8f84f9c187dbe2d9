package org.persistlab.sim.kernel.random;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.persistlab.sim.kernel.Durations;
import org.persistlab.sim.kernel.SpecParseException;

/**
 * Reads a distribution written in a scenario:
 *
 * <pre>
 * const(20ms)                      constant
 * uniform(10ms, 30ms)              uniform between the bounds
 * exp(180s)                        exponential with that mean (also exponential(...))
 * normal(20ms, 5ms)                mean and standard deviation (also normal(mean=.., sd=..))
 * lognormal(mean=180s, sd=60s)     by the draws' own mean and standard deviation
 * lognormal(mu=25.6, sigma=0.3)    by the underlying normal, of ln(nanoseconds) for durations
 * empirical(1s:0.5, 2s:0.5)        value:probability pairs, probabilities summing to 1
 * uniformFraction(0.5, 0.9, 60s)   60s x U(0.5, 0.9) (also fraction(...))
 * </pre>
 *
 * {@link #parseDuration(String)} reads every quantity as a duration with a unit (see
 * {@link Durations}) and returns a distribution over nanoseconds; {@link #parseNumber(String)} reads
 * plain numbers. Fractions, probabilities, {@code mu} and {@code sigma} are always plain numbers. Errors
 * are {@link SpecParseException}s naming the offset.
 */
public final class DistributionSpec {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String KNOWN =
            "const, uniform, exp, normal, lognormal, empirical or uniformFraction";

    private final String text;
    private final boolean durations;
    private int pos;

    private DistributionSpec(String text, boolean durations) {
        this.text = text;
        this.durations = durations;
    }

    /** A distribution over nanoseconds; every quantity needs a duration unit. */
    public static Distribution parseDuration(String text) {
        return new DistributionSpec(text, true).parse();
    }

    /** A distribution over plain numbers; units are refused. */
    public static Distribution parseNumber(String text) {
        return new DistributionSpec(text, false).parse();
    }

    /** One argument: {@code [key=]value[:probability]}, kept as offsets until its meaning is known. */
    private record Arg(String key, int start, int valueStart, int valueEnd, int probStart, int probEnd) {
    }

    private Distribution parse() {
        skipSpaces();
        int nameStart = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        if (pos == nameStart) {
            throw error(nameStart, "expected a distribution name (" + KNOWN + ")");
        }
        String name = text.substring(nameStart, pos);
        skipSpaces();
        expect('(');
        List<Arg> args = parseArgs();
        expect(')');
        skipSpaces();
        if (pos != text.length()) {
            throw error(pos, "unexpected text after the closing parenthesis");
        }
        return build(name, nameStart, args);
    }

    private List<Arg> parseArgs() {
        List<Arg> args = new ArrayList<>();
        while (true) {
            skipSpaces();
            int start = pos;
            String key = null;
            int keyEnd = pos;
            while (keyEnd < text.length() && Character.isLetter(text.charAt(keyEnd))) {
                keyEnd++;
            }
            int afterKey = keyEnd;
            while (afterKey < text.length() && text.charAt(afterKey) == ' ') {
                afterKey++;
            }
            if (keyEnd > start && afterKey < text.length() && text.charAt(afterKey) == '=') {
                key = text.substring(start, keyEnd);
                pos = afterKey + 1;
            }
            skipSpaces();
            int valueStart = pos;
            int valueEnd = scanToken();
            int probStart = -1;
            int probEnd = -1;
            if (pos < text.length() && text.charAt(pos) == ':') {
                pos++;
                skipSpaces();
                probStart = pos;
                probEnd = scanToken();
            }
            args.add(new Arg(key, start, valueStart, valueEnd, probStart, probEnd));
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            return args;
        }
    }

    /** Advances to the next ',', ':' or ')' and returns where the token (trimmed) ends. */
    private int scanToken() {
        int start = pos;
        while (pos < text.length() && ",:)".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        int end = pos;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            throw error(start, "missing value");
        }
        return end;
    }

    private Distribution build(String name, int nameOffset, List<Arg> args) {
        switch (name) {
            case "const", "constant" -> {
                requirePositional(name, args, 1);
                return new Constant(quantity(args.get(0)));
            }
            case "uniform" -> {
                requirePositional(name, args, 2);
                double low = quantity(args.get(0));
                double high = quantity(args.get(1));
                if (low > high) {
                    throw error(args.get(0).start(), "the lower bound is above the upper bound");
                }
                return new Uniform(low, high);
            }
            case "exp", "exponential" -> {
                requirePositional(name, args, 1);
                double mean = quantity(args.get(0));
                if (!(mean > 0)) {
                    throw error(args.get(0).start(), "the mean must be positive");
                }
                return new Exponential(mean);
            }
            case "normal" -> {
                List<Arg> named = named(name, args, "mean", "sd");
                double sd = quantity(named.get(1));
                if (sd < 0) {
                    throw error(named.get(1).start(), "the standard deviation cannot be negative");
                }
                return new Normal(quantity(named.get(0)), sd);
            }
            case "lognormal" -> {
                return lognormal(args, nameOffset);
            }
            case "empirical" -> {
                return empirical(args);
            }
            case "uniformFraction", "fraction" -> {
                requirePositional(name, args, 3);
                double low = plain(args.get(0));
                double high = plain(args.get(1));
                if (low < 0 || low > high) {
                    throw error(args.get(0).start(), "the fractions must satisfy 0 <= low <= high");
                }
                return new UniformFraction(low, high, quantity(args.get(2)));
            }
            default -> throw error(nameOffset, "unknown distribution '" + name + "' (expected " + KNOWN + ")");
        }
    }

    private Distribution lognormal(List<Arg> args, int nameOffset) {
        if (args.size() != 2 || args.get(0).key() == null || args.get(1).key() == null) {
            throw error(nameOffset, "write lognormal(mean=.., sd=..) or lognormal(mu=.., sigma=..)");
        }
        String first = args.get(0).key();
        if (first.equals("mean") || first.equals("sd")) {
            List<Arg> named = named("lognormal", args, "mean", "sd");
            double mean = quantity(named.get(0));
            double sd = quantity(named.get(1));
            if (!(mean > 0) || sd < 0) {
                throw error(named.get(0).start(), "a lognormal needs a positive mean and a non-negative sd");
            }
            return LogNormal.ofMeanAndSd(mean, sd);
        }
        List<Arg> named = named("lognormal", args, "mu", "sigma");
        double sigma = plain(named.get(1));
        if (sigma < 0) {
            throw error(named.get(1).start(), "sigma cannot be negative");
        }
        return new LogNormal(plain(named.get(0)), sigma);
    }

    private Distribution empirical(List<Arg> args) {
        double[] values = new double[args.size()];
        double[] probabilities = new double[args.size()];
        double sum = 0;
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            if (arg.key() != null || arg.probStart() < 0) {
                throw error(arg.start(), "empirical entries are value:probability pairs, such as 1s:0.5");
            }
            values[i] = quantity(arg);
            probabilities[i] = parsePlain(arg.probStart(), arg.probEnd());
            if (probabilities[i] < 0) {
                throw error(arg.probStart(), "a probability cannot be negative");
            }
            sum += probabilities[i];
        }
        if (Math.abs(sum - 1.0) > Empirical.PROBABILITY_SUM_TOLERANCE) {
            throw error(args.get(0).start(), "the probabilities sum to " + sum + ", not 1");
        }
        return Empirical.ofTable(values, probabilities);
    }

    private void requirePositional(String name, List<Arg> args, int count) {
        if (args.size() != count) {
            throw error(args.get(0).start(), name + " takes " + count + " argument" + (count == 1 ? "" : "s")
                    + ", not " + args.size());
        }
        for (Arg arg : args) {
            if (arg.key() != null || arg.probStart() >= 0) {
                throw error(arg.start(), name + " takes plain positional arguments");
            }
        }
    }

    /** The two arguments in the order of {@code keys}: both named, or both positional. */
    private List<Arg> named(String name, List<Arg> args, String... keys) {
        if (args.size() != keys.length) {
            throw error(args.get(0).start(), name + " takes " + keys.length + " arguments, not " + args.size());
        }
        for (Arg arg : args) {
            if (arg.probStart() >= 0) {
                throw error(arg.start(), name + " takes no value:probability pairs");
            }
        }
        if (args.stream().allMatch(a -> a.key() == null)) {
            return args;
        }
        List<Arg> ordered = new ArrayList<>();
        for (String key : keys) {
            Arg found = null;
            for (Arg arg : args) {
                if (arg.key() == null) {
                    throw error(arg.start(), "name every argument of " + name + " or none");
                }
                if (arg.key().equals(key)) {
                    found = arg;
                }
            }
            if (found == null) {
                throw error(args.get(0).start(), name + " needs " + String.join(" and ", keys));
            }
            ordered.add(found);
        }
        return ordered;
    }

    /** A quantity: a duration in nanoseconds, or a plain number, depending on the mode. */
    private double quantity(Arg arg) {
        if (durations) {
            return Durations.parse(text, arg.valueStart(), arg.valueEnd());
        }
        return parsePlain(arg.valueStart(), arg.valueEnd());
    }

    private double plain(Arg arg) {
        return parsePlain(arg.valueStart(), arg.valueEnd());
    }

    private double parsePlain(int start, int end) {
        String token = text.substring(start, end);
        if (!PLAIN_NUMBER.matcher(token).matches()) {
            String hint = Character.isLetter(token.charAt(token.length() - 1)) ? " (no unit here)" : "";
            throw error(start, "'" + token + "' is not a plain number" + hint);
        }
        return Double.parseDouble(token);
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error(pos, pos >= text.length() ? "missing '" + c + "'" : "expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SpecParseException error(int offset, String reason) {
        return new SpecParseException(text, offset, reason);
    }
}
