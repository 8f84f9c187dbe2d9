package org.persistlab.shell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Function;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.cli.Dispatcher;
import org.persistlab.shell.session.Session;

/**
 * One shell: a fresh {@link Session}, the commands bound to it, and the dispatcher that runs lines.
 * The REPL, {@code lab script FILE} and {@code lab < FILE} each make one.
 */
public final class Shell {
    private final Session session;
    private final CommandRegistry registry;
    private final Dispatcher dispatcher;

    public Shell(Function<Session, CommandRegistry> commands, String version) {
        this.session = new Session();
        this.registry = commands.apply(session);
        this.dispatcher = new Dispatcher(registry, version, session.failures());
    }

    public Session session() {
        return session;
    }

    public CommandRegistry registry() {
        return registry;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Runs a script's lines in this shell; see {@link ScriptRunner}. */
    public int runScript(String name, BufferedReader in, CommandContext ctx) throws IOException {
        return new ScriptRunner(dispatcher, session).run(name, in, ctx);
    }
}
