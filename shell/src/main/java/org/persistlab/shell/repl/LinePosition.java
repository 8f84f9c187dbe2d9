package org.persistlab.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;

/**
 * Where a word of a shell line stands in the command model: a command name, a subcommand, an option
 * name, an option's value, or the n-th positional of a command. Completion and the status-line tips
 * both start here, so they always agree with the parser.
 *
 * @param kind        what the word is
 * @param spec        the command (or subcommand) the word belongs to; null for {@link Kind#COMMAND}
 *                    and when the command is unknown
 * @param qualified   the command's name as typed, with its parents ({@code settings check})
 * @param option      the option whose value this is, for {@link Kind#OPTION_VALUE}
 * @param positional  the positional this word fills, for {@link Kind#POSITIONAL}; may be null when the
 *                    command takes no more positionals
 * @param positionals the positional words before this one
 */
record LinePosition(Kind kind, CommandSpec spec, String qualified, OptionSpec option, PositionalSpec positional,
                    List<String> positionals) {

    enum Kind { COMMAND, SUBCOMMAND, OPTION_NAME, OPTION_VALUE, POSITIONAL, UNKNOWN }

    /**
     * Locates word {@code index} of {@code words} (the word being typed may be partial or empty).
     */
    static LinePosition locate(CommandRegistry registry, List<String> words, int index) {
        if (index <= 0 || words.isEmpty()) {
            return new LinePosition(Kind.COMMAND, null, "", null, null, List.of());
        }
        Optional<Command> found = registry.find(words.get(0));
        if (found.isEmpty()) {
            return new LinePosition(Kind.UNKNOWN, null, words.get(0), null, null, List.of());
        }
        CommandSpec spec = found.get().spec();
        String qualified = spec.name();
        int i = 1;
        while (!spec.subcommands().isEmpty() && i < index) {
            Optional<Command> sub = spec.subcommand(words.get(i));
            if (sub.isEmpty()) {
                break;
            }
            spec = sub.get().spec();
            qualified = qualified + " " + spec.name();
            i++;
        }
        if (!spec.subcommands().isEmpty() && i == index) {
            return new LinePosition(Kind.SUBCOMMAND, spec, qualified, null, null, List.of());
        }
        List<String> positionals = new ArrayList<>();
        OptionSpec pending = null;
        for (; i < index; i++) {
            String w = words.get(i);
            if (pending != null) {
                pending = null;
                continue;
            }
            if (w.startsWith("--") && w.length() > 2) {
                OptionSpec o = spec.option(w).orElse(null);
                if (o != null && o.takesValue() && !w.contains("=")) {
                    pending = o;
                }
                continue;
            }
            positionals.add(w);
        }
        String current = index < words.size() ? words.get(index) : "";
        if (pending != null) {
            return new LinePosition(Kind.OPTION_VALUE, spec, qualified, pending, null, List.copyOf(positionals));
        }
        if (current.startsWith("-")) {
            return new LinePosition(Kind.OPTION_NAME, spec, qualified, null, null, List.copyOf(positionals));
        }
        return new LinePosition(Kind.POSITIONAL, spec, qualified, null,
                spec.positionalAt(positionals.size()).orElse(null), List.copyOf(positionals));
    }
}
