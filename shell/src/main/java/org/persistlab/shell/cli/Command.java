package org.persistlab.shell.cli;

/**
 * One command of the lab, usable as {@code lab NAME ...} and inside the REPL. Commands are thin: they
 * read their parsed arguments, call an engine, and print through the context's writers only.
 */
public interface Command {
    CommandSpec spec();

    /**
     * Runs the command.
     *
     * @return an exit status: {@link ExitStatus#OK}, {@link ExitStatus#FAILURE} or {@link ExitStatus#USAGE}
     * @throws UsageException when the arguments do not make sense together
     * @throws LabException   for a failure the user should read about (a missing file, a bad scenario line)
     */
    int run(Invocation invocation) throws Exception;
}
