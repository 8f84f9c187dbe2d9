package org.persistlab.shell.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.session.ParamText;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;

/**
 * The candidates for a word of a shell line, computed from the command model alone: command and
 * subcommand names, option names, declared choices, scenario parameter names and their values (from
 * the parameter catalog), command names after {@code help}, and file names relative to the working
 * directory. Only candidates starting with what was typed are returned.
 */
final class CompletionEngine {
    private final CommandRegistry registry;
    private final Path workingDir;

    CompletionEngine(CommandRegistry registry, Path workingDir) {
        this.registry = registry;
        this.workingDir = workingDir;
    }

    /**
     * @param words   the line's words, the one being completed included (possibly empty)
     * @param index   which word is being completed
     * @param partial that word up to the cursor
     */
    List<Suggestion> complete(List<String> words, int index, String partial) {
        LinePosition at = LinePosition.locate(registry, words, index);
        List<Suggestion> all = new ArrayList<>();
        switch (at.kind()) {
            case COMMAND -> commands(registry.all(), all);
            case SUBCOMMAND -> {
                commands(at.spec().subcommands(), all);
                options(at.spec(), all);
            }
            case OPTION_NAME -> options(at.spec(), all);
            case OPTION_VALUE -> value(at.option().completion(), at.option().choices(), List.of(), partial, all);
            case POSITIONAL -> {
                PositionalSpec p = at.positional();
                if (p != null) {
                    value(p.completion(), p.choices(), at.positionals(), partial, all);
                    if (p.completion() != Completion.CHOICES) {
                        p.choices().forEach(w -> all.add(new Suggestion(w, "", true)));
                    }
                }
            }
            case UNKNOWN -> {
                // an unknown command has no arguments to offer
            }
        }
        return all.stream().filter(s -> s.value().startsWith(partial)).toList();
    }

    private static void commands(List<Command> commands, List<Suggestion> out) {
        for (Command c : commands) {
            out.add(new Suggestion(c.spec().name(), c.spec().summary(), true));
        }
    }

    private static void options(CommandSpec spec, List<Suggestion> out) {
        for (OptionSpec o : spec.options()) {
            out.add(new Suggestion(o.name(), o.description(), true));
        }
    }

    private void value(Completion kind, List<String> choices, List<String> before, String partial,
                       List<Suggestion> out) {
        switch (kind) {
            case CHOICES -> choices.forEach(c -> out.add(new Suggestion(c, "", true)));
            case FILE -> files(partial, out);
            case PARAMETER -> Params.all().forEach(p -> out.add(new Suggestion(p.name(), ParamText.unit(p), true)));
            case PARAMETER_VALUE -> {
                parameterBefore(before).ifPresent(p -> values(p, out));
            }
            case COMMAND -> commands(registry.all(), out);
            case NONE -> {
                // free text: nothing to offer
            }
        }
    }

    /** The nearest positional before this one that names a parameter ({@code set NAME VALUE}). */
    static java.util.Optional<ParamDef> parameterBefore(List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            java.util.Optional<ParamDef> p = Params.find(before.get(i));
            if (p.isPresent()) {
                return p;
            }
        }
        return java.util.Optional.empty();
    }

    private static void values(ParamDef p, List<Suggestion> out) {
        for (String v : p.completions()) {
            out.add(new Suggestion(v, v.equals(p.defaultValue()) ? "default" : "", true));
        }
    }

    /** Entries of the directory the partial word names, as that word continued; directories end with '/'. */
    private void files(String partial, List<Suggestion> out) {
        int slash = partial.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : partial.substring(0, slash + 1);
        String namePart = partial.substring(slash + 1);
        Path dir = dirPart.isEmpty() ? workingDir : workingDir.resolve(dirPart);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (name.startsWith(".") && !namePart.startsWith(".")) {
                continue;
            }
            boolean isDir = Files.isDirectory(e);
            out.add(new Suggestion(dirPart + name + (isDir ? "/" : ""), "", !isDir));
        }
    }
}
