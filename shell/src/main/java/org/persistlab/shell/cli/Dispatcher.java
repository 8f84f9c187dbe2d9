package org.persistlab.shell.cli;

import java.util.List;
import java.util.Optional;

/**
 * Finds the command (and subcommand) named by the arguments, parses the rest against its spec and
 * runs it. Every failure ends here as a message and an exit status. Stack traces are not shown:
 * users need the message, not our internals; the last one is kept in a {@link FailureLog} (the
 * shell's {@code stacktrace} command prints it) and printed when {@code LAB_DEBUG} is set.
 *
 * <p>The same dispatcher serves {@code lab COMMAND ...} ({@link #execute}) and a line typed in the
 * shell or read from a script ({@link #executeLine}); they differ only in how they name things in
 * messages ({@code lab run} versus {@code run}).
 */
public final class Dispatcher {
    private final CommandRegistry registry;
    private final String version;
    private final FailureLog failures;

    public Dispatcher(CommandRegistry registry, String version) {
        this(registry, version, new FailureLog());
    }

    public Dispatcher(CommandRegistry registry, String version, FailureLog failures) {
        this.registry = registry;
        this.version = version;
        this.failures = failures;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** The last unexpected exception, for a {@code stacktrace} command. */
    public Optional<Throwable> lastFailure() {
        return failures.last();
    }

    /** {@code lab ARGS...}: a subcommand from the program's arguments. */
    public int execute(List<String> args, CommandContext ctx) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            HelpRenderer.overview(ctx.out(), version, registry.all());
            return ExitStatus.OK;
        }
        if (args.get(0).equals("--version") || args.get(0).equals("-V")) {
            ctx.out().println("lab " + version);
            ctx.out().flush();
            return ExitStatus.OK;
        }
        Optional<Command> found = registry.find(args.get(0));
        if (found.isEmpty()) {
            ctx.err().println("lab: unknown command '" + args.get(0) + "'" + Suggestions.didYouMean(args.get(0),
                    registry.names()) + "; 'lab --help' lists the commands");
            ctx.err().flush();
            return ExitStatus.USAGE;
        }
        return run(found.get(), "lab", args.subList(1, args.size()), ctx);
    }

    /** One shell line, already split into words; an empty line does nothing. */
    public int executeLine(List<String> words, CommandContext ctx) {
        if (words.isEmpty()) {
            return ExitStatus.OK;
        }
        Optional<Command> found = registry.find(words.get(0));
        if (found.isEmpty()) {
            ctx.err().println("unknown command '" + words.get(0) + "'" + Suggestions.didYouMean(words.get(0),
                    registry.names()) + "; 'help' lists the commands");
            ctx.err().flush();
            return ExitStatus.USAGE;
        }
        return run(found.get(), "", words.subList(1, words.size()), ctx);
    }

    private int run(Command command, String prefix, List<String> args, CommandContext ctx) {
        CommandSpec spec = command.spec();
        String qualified = prefix.isEmpty() ? spec.name() : prefix + " " + spec.name();
        if (!spec.subcommands().isEmpty() && !args.isEmpty() && !args.get(0).startsWith("-")) {
            Optional<Command> sub = spec.subcommand(args.get(0));
            if (sub.isPresent()) {
                return run(sub.get(), qualified, args.subList(1, args.size()), ctx);
            }
            ctx.err().println(qualified + ": unknown subcommand '" + args.get(0) + "'");
            HelpRenderer.command(ctx.err(), prefix, spec);
            return ExitStatus.USAGE;
        }
        if (args.contains("--help") || args.contains("-h")) {
            HelpRenderer.command(ctx.out(), prefix, spec, ctx.width());
            return ExitStatus.OK;
        }
        try {
            Invocation inv = ArgParser.parse(spec, args, ctx);
            return command.run(inv);
        } catch (UsageException e) {
            ctx.err().println(qualified + ": " + e.getMessage());
            ctx.err().println("Usage: " + spec.usage(prefix));
            return ExitStatus.USAGE;
        } catch (LabException e) {
            ctx.err().println(qualified + ": " + e.getMessage());
            return ExitStatus.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.err().println(qualified + ": interrupted");
            return ExitStatus.INTERRUPTED;
        } catch (OutOfMemoryError e) {
            // not a bug to report but a limit to raise: say which and how
            failures.record(e);
            ctx.err().println(qualified + ": out of memory (" + e.getMessage() + "; the heap may hold "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB). Give the lab more, e.g. "
                    + "LAB_JAVA_OPTS=-Xmx8g ./lab ..., or make the work smaller (fewer phones, a shorter run)");
            return ExitStatus.FAILURE;
        } catch (Exception | StackOverflowError e) {
            failures.record(e);
            boolean debug = System.getenv("LAB_DEBUG") != null;
            ctx.err().println("internal error in '" + qualified + "': " + e + (debug ? ""
                    : prefix.isEmpty() ? " ('stacktrace' shows where)" : " (set LAB_DEBUG=1 to see where)"));
            if (debug) {
                StackTraces.write(e, ctx.err());
            }
            return ExitStatus.FAILURE;
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }
}
