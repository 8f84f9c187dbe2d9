package org.persistlab.shell;

import org.persistlab.shell.analyze.AnalyzeCommand;
import org.persistlab.shell.cli.CommandRegistry;
import org.persistlab.shell.repl.ScriptCommand;
import org.persistlab.shell.run.LabRunCommand;
import org.persistlab.shell.run.RunCommand;
import org.persistlab.shell.run.StepCommand;
import org.persistlab.shell.run.SweepCommand;
import org.persistlab.shell.repl.ScriptFileCommand;
import org.persistlab.shell.repl.Shell;
import org.persistlab.shell.session.CompareCommand;
import org.persistlab.shell.session.ExportCommand;
import org.persistlab.shell.session.LoadCommand;
import org.persistlab.shell.session.QuitCommand;
import org.persistlab.shell.session.RunsCommand;
import org.persistlab.shell.session.SaveCommand;
import org.persistlab.shell.session.SeedCommand;
import org.persistlab.shell.session.Session;
import org.persistlab.shell.session.SetCommand;
import org.persistlab.shell.session.ShowCommand;
import org.persistlab.shell.session.StacktraceCommand;
import org.persistlab.shell.session.UnsetCommand;
import org.persistlab.shell.settings.SettingsCommand;

/** Every command of the lab, in the order help lists them. Add a command here when its engine lands. */
public final class Commands {
    private Commands() {
    }

    /** The program's subcommands: {@code lab COMMAND ...}. */
    public static CommandRegistry all() {
        CommandRegistry r = new CommandRegistry();
        r.add(new HelpCommand(r, false));
        r.add(new LabRunCommand());
        r.add(new AnalyzeCommand(null));
        r.add(new ScriptFileCommand(Commands::shell));
        r.add(new SettingsCommand());
        r.add(new org.persistlab.shell.serve.ServeCommand());
        r.add(new org.persistlab.shell.bench.BenchCommand());
        return r;
    }

    /** A fresh shell with the shell's commands. */
    public static Shell shell() {
        return new Shell(Commands::shell, Version.get());
    }

    /** The shell's commands, bound to one session. */
    public static CommandRegistry shell(Session session) {
        CommandRegistry r = new CommandRegistry();
        r.add(new HelpCommand(r, true));
        r.add(new SetCommand(session));
        r.add(new UnsetCommand(session));
        r.add(new ShowCommand(session));
        r.add(new SeedCommand(session));
        r.add(new LoadCommand(session));
        r.add(new SaveCommand(session));
        r.add(new RunCommand(session));
        r.add(StepCommand.step(session));
        r.add(StepCommand.until(session));
        r.add(new CompareCommand(session));
        r.add(new SweepCommand(session));
        r.add(new RunsCommand(session));
        r.add(new AnalyzeCommand(session));
        r.add(new ExportCommand(session));
        r.add(new ScriptCommand(r, session, Version.get()));
        r.add(new SettingsCommand());
        r.add(new StacktraceCommand(session));
        r.add(new QuitCommand(session));
        return r;
    }
}
