package org.persistlab.shell.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A command's arguments after parsing against its {@link CommandSpec}, plus the context to print to. */
public final class Invocation {
    private final CommandSpec spec;
    private final Map<String, List<String>> options;
    private final List<String> positionals;
    private final CommandContext context;

    Invocation(CommandSpec spec, Map<String, List<String>> options, List<String> positionals, CommandContext context) {
        this.spec = spec;
        this.options = options;
        this.positionals = positionals;
        this.context = context;
    }

    public CommandSpec spec() {
        return spec;
    }

    public CommandContext context() {
        return context;
    }

    public java.io.PrintWriter out() {
        return context.out();
    }

    public java.io.PrintWriter err() {
        return context.err();
    }

    public List<String> positionals() {
        return positionals;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The last value given for an option (later ones win), or its declared default, if any. */
    public Optional<String> option(String name) {
        List<String> v = options.get(name);
        if (v != null && !v.isEmpty()) {
            return Optional.of(v.get(v.size() - 1));
        }
        return spec.option(name).map(OptionSpec::defaultValue);
    }

    /** Every value given for a repeatable option, in order. */
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    public long longOption(String name, long fallback) throws UsageException {
        Optional<String> v = option(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.get().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " expects a whole number, not '" + v.get() + "'");
        }
    }

    public int intOption(String name, int fallback) throws UsageException {
        long v = longOption(name, fallback);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new UsageException(name + " is out of range: " + v);
        }
        return (int) v;
    }
}
