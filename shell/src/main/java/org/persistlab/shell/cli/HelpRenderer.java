package org.persistlab.shell.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes help from command specs: the overview, and one command's usage, options and arguments. */
public final class HelpRenderer {
    private HelpRenderer() {
    }

    public static void overview(PrintWriter out, String version, List<Command> commands) {
        out.println("Persist Lab " + version + ": J100 phones failing over from Avaya Cloud Office to an "
                + "IP Office persistent gateway, simulated and measured.");
        out.println();
        out.println("Usage: lab [COMMAND [ARGS...]]    (no command: the interactive shell)");
        out.println();
        out.println("Commands:");
        int w = commands.stream().mapToInt(c -> c.spec().name().length()).max().orElse(8) + 2;
        for (Command c : commands) {
            out.printf("  %-" + w + "s%s%n", c.spec().name(), c.spec().summary());
        }
        out.println();
        out.println("Options:");
        out.println("  --help       this text; 'lab help COMMAND' or 'lab COMMAND --help' for one command");
        out.println("  --version    the version");
        out.flush();
    }

    /** The shell's {@code help}: its commands, and how to get more. */
    public static void shellOverview(PrintWriter out, List<Command> commands) {
        out.println("Commands ('help COMMAND' for one; Tab completes; Ctrl-C stops a command; Ctrl-D or 'quit' leaves):");
        int w = commands.stream().mapToInt(c -> c.spec().name().length()).max().orElse(8) + 2;
        for (Command c : commands) {
            out.printf("  %-" + w + "s%s%n", c.spec().name(), c.spec().summary());
        }
        out.flush();
    }

    public static void command(PrintWriter out, String prefix, CommandSpec spec) {
        command(out, prefix, spec, 100);
    }

    /** One command's help, its description wrapped at {@code width} columns. */
    public static void command(PrintWriter out, String prefix, CommandSpec spec, int width) {
        out.println("Usage: " + spec.usage(prefix));
        out.println();
        out.println(spec.summary());
        if (!spec.description().isEmpty()) {
            out.println();
            wrap(spec.description(), Math.max(40, width) - 1).forEach(out::println);
        }
        if (!spec.subcommands().isEmpty()) {
            out.println();
            out.println("Subcommands:");
            int w = spec.subcommands().stream().mapToInt(c -> c.spec().name().length()).max().orElse(8) + 2;
            for (Command c : spec.subcommands()) {
                out.printf("  %-" + w + "s%s%n", c.spec().name(), c.spec().summary());
            }
        }
        if (!spec.positionals().isEmpty()) {
            out.println();
            out.println("Arguments:");
            int w = spec.positionals().stream().mapToInt(p -> p.label().length()).max().orElse(4) + 5;
            for (PositionalSpec p : spec.positionals()) {
                out.printf("  %-" + w + "s%s%n", p.label() + (p.repeatable() ? "..." : ""), p.description());
            }
        }
        if (!spec.options().isEmpty()) {
            out.println();
            out.println("Options:");
            int w = spec.options().stream().mapToInt(o -> label(o).length()).max().orElse(8) + 2;
            for (OptionSpec o : spec.options()) {
                String def = o.defaultValue() == null ? "" : " (default: " + o.defaultValue() + ")";
                out.printf("  %-" + w + "s%s%s%n", label(o), o.description(), def);
            }
        }
        if (!spec.examples().isEmpty()) {
            out.println();
            out.println("Examples:");
            for (String e : spec.examples()) {
                out.println("  " + e);
            }
        }
        out.flush();
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word gets its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String label(OptionSpec o) {
        return o.takesValue() ? o.name() + " " + o.valueLabel() : o.name();
    }
}
