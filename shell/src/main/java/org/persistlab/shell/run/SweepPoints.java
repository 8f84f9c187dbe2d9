package org.persistlab.shell.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.persistlab.shell.cli.LabException;
import org.persistlab.sim.kernel.Durations;
import org.persistlab.sim.scenario.ParamDef;

/**
 * The values a sweep visits: a list ({@code auto,admin}; {@code 100,200,384}) for any parameter, or
 * a range {@code FROM..TO} with an optional step for numbers, durations, fractions, percentages and
 * rates. Without a step, a range of at most ten whole numbers goes one by one, anything else in
 * four equal steps (five points). Every value is checked against the parameter before anything runs.
 */
final class SweepPoints {
    static final int MAX_POINTS = 50;

    private SweepPoints() {
    }

    static List<String> of(ParamDef p, String spec, String step) throws LabException {
        List<String> values;
        int dots = spec.indexOf("..");
        if (dots < 0) {
            if (step != null) {
                throw new LabException("a step goes with a range FROM..TO, not with a list");
            }
            values = new ArrayList<>();
            for (String v : spec.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
        } else {
            values = range(p, spec.substring(0, dots).trim(), spec.substring(dots + 2).trim(), step);
        }
        if (values.isEmpty()) {
            throw new LabException("no values to sweep in '" + spec + "'");
        }
        if (values.size() > MAX_POINTS) {
            throw new LabException(values.size() + " points; a sweep takes at most " + MAX_POINTS);
        }
        for (String v : values) {
            String problem = p.problem(v);
            if (problem != null) {
                throw new LabException(p.name() + " " + v + ": " + problem);
            }
        }
        return values;
    }

    private static List<String> range(ParamDef p, String from, String to, String step) throws LabException {
        try {
            return switch (p.type()) {
                case INTEGER -> integers(Long.parseLong(from), Long.parseLong(to),
                        step == null ? 0 : Long.parseLong(step));
                case DURATION -> durations(Durations.parse(from), Durations.parse(to),
                        step == null ? 0 : Durations.parse(step));
                case FRACTION, PERCENT -> decimals(number(from), number(to), step == null ? null : number(step), "");
                case RATE -> rates(from, to, step);
                default -> throw new LabException(p.name() + " takes " + p.type().expected()
                        + "; sweep it over a list: sweep " + p.name() + " a,b,c");
            };
        } catch (NumberFormatException e) {
            throw new LabException("'" + from + ".." + to + "'" + (step == null ? "" : " step " + step)
                    + " is not a range of " + p.type().expected());
        } catch (IllegalArgumentException e) {
            throw new LabException(e.getMessage());
        }
    }

    private static List<String> integers(long from, long to, long step) throws LabException {
        check(from <= to, "the range must go up: " + from + ".." + to);
        check(step >= 0, "the step must be positive");
        long s = step > 0 ? step : to - from <= 10 ? 1 : Math.max(1, (to - from + 3) / 4);
        List<String> out = new ArrayList<>();
        for (long v = from; v <= to && out.size() <= MAX_POINTS; v += s) {
            out.add(Long.toString(v));
        }
        return out;
    }

    private static List<String> durations(long from, long to, long step) throws LabException {
        check(from <= to, "the range must go up");
        long s = step > 0 ? step : Math.max(1, (to - from) / 4);
        List<String> out = new ArrayList<>();
        for (long v = from; v <= to && out.size() <= MAX_POINTS; v += s) {
            out.add(Durations.format(v));
            if (to == from) {
                break;
            }
        }
        return out;
    }

    private static List<String> decimals(BigDecimal from, BigDecimal to, BigDecimal step, String suffix)
            throws LabException {
        check(from.compareTo(to) <= 0, "the range must go up");
        BigDecimal s = step != null ? step : to.subtract(from).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
        check(step == null || step.signum() > 0, "the step must be positive");
        List<String> out = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0 && out.size() <= MAX_POINTS; v = v.add(s)) {
            out.add(v.stripTrailingZeros().toPlainString() + suffix);
            if (s.signum() == 0) {
                break;
            }
        }
        return out;
    }

    private static List<String> rates(String from, String to, String step) throws LabException {
        int a = from.indexOf('/');
        int b = to.indexOf('/');
        check(a > 0 && b > 0, "a rate range needs units on both ends: 1/h..10/h");
        String unit = from.substring(a);
        check(unit.equals(to.substring(b)), "both ends of a rate range need the same unit: " + from + ".." + to);
        String stepNumber = step == null ? null : step.contains("/") ? step.substring(0, step.indexOf('/')) : step;
        return decimals(number(from.substring(0, a)), number(to.substring(0, b)),
                stepNumber == null ? null : number(stepNumber), unit);
    }

    private static BigDecimal number(String s) {
        String t = s.trim();
        return new BigDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
    }

    private static void check(boolean ok, String message) throws LabException {
        if (!ok) {
            throw new LabException(message);
        }
    }
}
