package org.persistlab.shell.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.session.ParamText;
import org.persistlab.sim.scenario.Params;

/**
 * The one-line tip the shell's status line shows while a line is typed: the parameter's unit,
 * default and source while its name or value is typed ({@code set register.wait 12}), an option's
 * meaning, otherwise the command's usage and summary. Computed from the command model and the
 * parameter catalog, like completion.
 */
final class TipProvider {
    private final CommandRegistry registry;

    TipProvider(CommandRegistry registry) {
        this.registry = registry;
    }

    /** The tip for a line typed up to the cursor, or empty when there is nothing useful to say. */
    Optional<String> tip(String typed) {
        List<String> words = new ArrayList<>(List.of(typed.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        boolean newWord = typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int index = newWord ? words.size() : words.size() - 1;
        if (newWord) {
            words.add("");
        }
        String current = words.get(index);
        LinePosition at = LinePosition.locate(registry, words, index);
        return switch (at.kind()) {
            case COMMAND -> command(current);
            case UNKNOWN -> Optional.empty();
            case SUBCOMMAND -> Optional.of(usage(at));
            case OPTION_VALUE -> Optional.of(at.option().name() + " " + at.option().valueLabel() + ": "
                    + at.option().description());
            case OPTION_NAME -> at.spec().option(current).map(o -> o.name() + ": " + o.description())
                    .or(() -> Optional.of(usage(at)));
            case POSITIONAL -> Optional.of(positional(at, current));
        };
    }

    private Optional<String> command(String partial) {
        Optional<Command> exact = registry.find(partial);
        if (exact.isPresent()) {
            return Optional.of(usage(exact.get().spec(), ""));
        }
        List<Command> matches = registry.all().stream().filter(c -> c.spec().name().startsWith(partial)).toList();
        return matches.size() == 1 ? Optional.of(usage(matches.get(0).spec(), "")) : Optional.empty();
    }

    private static String positional(LinePosition at, String current) {
        PositionalSpec p = at.positional();
        if (p != null && p.completion() == Completion.PARAMETER_VALUE) {
            return CompletionEngine.parameterBefore(at.positionals()).map(ParamText::tip).orElse(usage(at));
        }
        if (p != null && p.completion() == Completion.PARAMETER) {
            return Params.find(current).map(ParamText::tip)
                    .orElse(p.label() + ": " + p.description() + " (Tab lists them) · " + usage(at));
        }
        return usage(at);
    }

    private static String usage(LinePosition at) {
        String q = at.qualified();
        int space = q.lastIndexOf(' ');
        return usage(at.spec(), space < 0 ? "" : q.substring(0, space));
    }

    private static String usage(CommandSpec spec, String prefix) {
        return "usage: " + spec.usage(prefix) + " · " + spec.summary();
    }
}
