package org.persistlab.shell.cli;

import java.util.List;
import java.util.Optional;

/**
 * A command's whole declaration: name, one-line summary, longer description, options, positionals
 * and subcommands. Help, argument parsing and completion are all generated from it.
 */
public record CommandSpec(String name, String summary, String description, List<OptionSpec> options,
                          List<PositionalSpec> positionals, List<Command> subcommands, List<String> examples) {

    public static Builder builder(String name, String summary) {
        return new Builder(name, summary);
    }

    public Optional<OptionSpec> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /**
     * The positional that the {@code index}-th positional argument fills (the last one again when it
     * is repeatable), or empty when there is none.
     */
    public Optional<PositionalSpec> positionalAt(int index) {
        if (index < 0 || positionals.isEmpty()) {
            return Optional.empty();
        }
        if (index < positionals.size()) {
            return Optional.of(positionals.get(index));
        }
        PositionalSpec last = positionals.get(positionals.size() - 1);
        return last.repeatable() ? Optional.of(last) : Optional.empty();
    }

    public Optional<Command> subcommand(String subName) {
        return subcommands.stream().filter(c -> c.spec().name().equals(subName)).findFirst();
    }

    /** The usage line, e.g. {@code run [SCENARIO] [--seed N] [--format table|json]}. */
    public String usage(String prefix) {
        StringBuilder sb = new StringBuilder(prefix.isEmpty() ? name : prefix + " " + name);
        if (!subcommands.isEmpty()) {
            sb.append(" SUBCOMMAND");
        }
        for (PositionalSpec p : positionals) {
            sb.append(' ').append(p.usage());
        }
        for (OptionSpec o : options) {
            sb.append(" [").append(o.name());
            if (o.takesValue()) {
                sb.append(' ').append(o.valueLabel());
            }
            sb.append(']');
        }
        return sb.toString();
    }

    public static final class Builder {
        private final String name;
        private final String summary;
        private String description = "";
        private final java.util.ArrayList<OptionSpec> options = new java.util.ArrayList<>();
        private final java.util.ArrayList<PositionalSpec> positionals = new java.util.ArrayList<>();
        private final java.util.ArrayList<Command> subcommands = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> examples = new java.util.ArrayList<>();

        private Builder(String name, String summary) {
            this.name = name;
            this.summary = summary;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder option(OptionSpec o) {
            options.add(o);
            return this;
        }

        public Builder positional(PositionalSpec p) {
            positionals.add(p);
            return this;
        }

        public Builder subcommand(Command c) {
            subcommands.add(c);
            return this;
        }

        /** An example line shown in help, e.g. {@code set outage.duration 20m}. */
        public Builder example(String line) {
            examples.add(line);
            return this;
        }

        public CommandSpec build() {
            return new CommandSpec(name, summary, description, List.copyOf(options), List.copyOf(positionals),
                    List.copyOf(subcommands), List.copyOf(examples));
        }
    }
}
