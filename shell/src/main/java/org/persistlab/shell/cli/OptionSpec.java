package org.persistlab.shell.cli;

import java.util.List;

/**
 * One {@code --option} of a command, declared once: the parser, the help text and the REPL's
 * completion all read it.
 *
 * @param name         the long name with its dashes, e.g. {@code --seed}
 * @param valueLabel   what the value is called in help ({@code N}, {@code FILE}); {@code null} for a flag
 * @param description  one line for help
 * @param completion   how the REPL completes the value
 * @param choices      allowed values for {@link Completion#CHOICES}, otherwise empty
 * @param defaultValue shown in help; {@code null} when there is none
 */
public record OptionSpec(String name, String valueLabel, String description, Completion completion,
                         List<String> choices, String defaultValue) {

    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, null, description, Completion.NONE, List.of(), null);
    }

    public static OptionSpec value(String name, String label, String description) {
        return new OptionSpec(name, label, description, Completion.NONE, List.of(), null);
    }

    public static OptionSpec file(String name, String label, String description) {
        return new OptionSpec(name, label, description, Completion.FILE, List.of(), null);
    }

    public static OptionSpec choice(String name, String description, String defaultValue, String... choices) {
        return new OptionSpec(name, String.join("|", choices), description, Completion.CHOICES, List.of(choices),
                defaultValue);
    }

    public OptionSpec withDefault(String value) {
        return new OptionSpec(name, valueLabel, description, completion, choices, value);
    }

    public boolean takesValue() {
        return valueLabel != null;
    }
}
