package org.persistlab.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.TestLab;

/** How a command's unexpected end reaches the user: a message and an exit status, never a stack trace. */
class DispatcherFailureTest {
    @TempDir
    Path dir;

    private static Command throwing(Throwable t) {
        return new Command() {
            @Override
            public CommandSpec spec() {
                return CommandSpec.builder("boom", "fails on purpose").build();
            }

            @Override
            public int run(Invocation invocation) throws Exception {
                if (t instanceof Exception e) {
                    throw e;
                }
                throw (Error) t;
            }
        };
    }

    private String[] run(Throwable t) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Dispatcher d = new Dispatcher(new CommandRegistry().add(throwing(t)), "test");
        int status = d.execute(List.of("boom"), TestLab.context(out, err, dir, new CancelToken()));
        assertThat(d.lastFailure()).containsSame(t);
        return new String[] {Integer.toString(status), err.toString()};
    }

    @Test
    void runningOutOfMemorySaysHowToGiveTheLabMore() {
        String[] r = run(new OutOfMemoryError("Java heap space"));
        assertThat(r[0]).isEqualTo(Integer.toString(ExitStatus.FAILURE));
        assertThat(r[1]).startsWith("lab boom: out of memory (Java heap space; the heap may hold ")
                .contains("LAB_JAVA_OPTS=-Xmx8g").doesNotContain("\tat ");
    }

    @Test
    void aBugIsReportedInOneLineWithWhereToLookForMore() {
        String[] r = run(new IllegalStateException("broken invariant"));
        assertThat(r[0]).isEqualTo(Integer.toString(ExitStatus.FAILURE));
        assertThat(r[1]).contains("internal error in 'lab boom': java.lang.IllegalStateException: broken invariant")
                .doesNotContain("\tat ");
    }
}
