package org.persistlab.shell.cli;

import java.util.List;
import java.util.Optional;

/**
 * Finds the command (and subcommand) named by the arguments, parses the rest against its spec and
 * runs it. Every failure ends here as a message and an exit status; stack traces are shown only
 * when {@code LAB_DEBUG} is set, because users need the message, not our internals.
 */
public final class Dispatcher {
    private final CommandRegistry registry;
    private final String version;
    private Throwable lastFailure;

    public Dispatcher(CommandRegistry registry, String version) {
        this.registry = registry;
        this.version = version;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** The last unexpected exception, for a {@code stacktrace} command. */
    public Optional<Throwable> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

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
            ctx.err().println("lab: unknown command '" + args.get(0) + "'; 'lab --help' lists the commands");
            ctx.err().flush();
            return ExitStatus.USAGE;
        }
        return run(found.get(), "lab", args.subList(1, args.size()), ctx);
    }

    private int run(Command command, String prefix, List<String> args, CommandContext ctx) {
        CommandSpec spec = command.spec();
        if (!spec.subcommands().isEmpty() && !args.isEmpty() && !args.get(0).startsWith("-")) {
            Optional<Command> sub = spec.subcommand(args.get(0));
            if (sub.isPresent()) {
                return run(sub.get(), prefix + " " + spec.name(), args.subList(1, args.size()), ctx);
            }
            ctx.err().println(prefix + " " + spec.name() + ": unknown subcommand '" + args.get(0) + "'");
            HelpRenderer.command(ctx.err(), prefix, spec);
            return ExitStatus.USAGE;
        }
        if (args.contains("--help") || args.contains("-h")) {
            HelpRenderer.command(ctx.out(), prefix, spec);
            return ExitStatus.OK;
        }
        try {
            Invocation inv = ArgParser.parse(spec, args, ctx);
            return command.run(inv);
        } catch (UsageException e) {
            ctx.err().println(prefix + " " + spec.name() + ": " + e.getMessage());
            ctx.err().println("Usage: " + spec.usage(prefix));
            return ExitStatus.USAGE;
        } catch (LabException e) {
            ctx.err().println("error: " + e.getMessage());
            return ExitStatus.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ctx.err().println("interrupted");
            return ExitStatus.INTERRUPTED;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            lastFailure = e;
            ctx.err().println("internal error in '" + spec.name() + "': " + e
                    + (System.getenv("LAB_DEBUG") == null ? " (set LAB_DEBUG=1 to see where)" : ""));
            if (System.getenv("LAB_DEBUG") != null) {
                e.printStackTrace(ctx.err());
            }
            return ExitStatus.FAILURE;
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }
}
