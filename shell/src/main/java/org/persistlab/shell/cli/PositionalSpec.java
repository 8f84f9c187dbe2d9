package org.persistlab.shell.cli;

import java.util.List;

/**
 * A positional argument.
 *
 * @param label      as shown in usage, e.g. {@code FILE}
 * @param optional   may be left out
 * @param repeatable may be given several times ({@code FILE...})
 * @param choices    the only values allowed, for {@link Completion#CHOICES}; with another completion, extra
 *                   words offered beside it (e.g. {@code params} beside the parameter names after {@code show})
 */
public record PositionalSpec(String label, String description, boolean optional, boolean repeatable,
                             Completion completion, List<String> choices) {
    public PositionalSpec {
        choices = List.copyOf(choices);
    }

    public static PositionalSpec required(String label, String description, Completion completion) {
        return new PositionalSpec(label, description, false, false, completion, List.of());
    }

    public static PositionalSpec optional(String label, String description, Completion completion) {
        return new PositionalSpec(label, description, true, false, completion, List.of());
    }

    public static PositionalSpec many(String label, String description, boolean optional, Completion completion) {
        return new PositionalSpec(label, description, optional, true, completion, List.of());
    }

    /** A required positional that must be one of {@code choices}; its label lists them. */
    public static PositionalSpec choice(String description, String... choices) {
        return new PositionalSpec(String.join("|", choices), description, false, false, Completion.CHOICES,
                List.of(choices));
    }

    /** This positional with extra words offered beside its completion. */
    public PositionalSpec withWords(String... words) {
        return new PositionalSpec(label, description, optional, repeatable, completion, List.of(words));
    }

    String usage() {
        // A label of several words ("step S") already shows what repeats.
        String s = label + (repeatable && !label.contains(" ") ? "..." : "");
        return optional ? "[" + s + "]" : s;
    }
}
