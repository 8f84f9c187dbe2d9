package org.persistlab.sim.scenario;

import java.util.List;

/**
 * One scenario parameter: its name as written in scenario files and after {@code set}, its type and
 * unit, its default, and where that default comes from (a domain.md source key, or an ASSUMPTION
 * with its reason). {@code lab run --explain} and the REPL's tips print these.
 *
 * @param words    words accepted besides values of the type (e.g. {@code never}, {@code phones})
 * @param choices  the allowed values of a {@link ParamType#CHOICE}
 */
public record ParamDef(String name, ParamType type, String defaultValue, String unit, List<String> choices,
                       List<String> words, long min, long max, String source, String help) {

    public boolean isAssumption() {
        return source.startsWith("ASSUMPTION");
    }

    /** Null when {@code value} is acceptable for this parameter, else the problem in words. */
    public String problem(String value) {
        if (words.contains(value.trim())) {
            return null;
        }
        String p = type.problem(value, choices, min, max);
        if (p != null && !words.isEmpty()) {
            return p + " (or " + String.join(", ", words) + ")";
        }
        return p;
    }

    /** The values the REPL offers when completing {@code set NAME }. */
    public List<String> completions() {
        if (!choices.isEmpty()) {
            return choices;
        }
        return words.isEmpty() ? List.of(defaultValue) : java.util.stream.Stream.concat(
                java.util.stream.Stream.of(defaultValue), words.stream()).distinct().toList();
    }
}
