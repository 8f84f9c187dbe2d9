package org.persistlab.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.Commands;
import org.persistlab.shell.Version;
import org.persistlab.shell.cli.CancelToken;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.shell.cli.Dispatcher;

/**
 * Issue 11: {@code lab run --pcap out.pcap} then {@code lab analyze out.pcap --format json} gives
 * exactly the {@code wire} object of the run: the in-process path and the file path agree.
 */
class RunThenAnalyzeTest {
    @TempDir
    Path dir;

    private String lab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandContext ctx = new CommandContext(new PrintWriter(out), new PrintWriter(err), false, 100,
                new CancelToken(), dir);
        int status = new Dispatcher(Commands.all(), Version.get()).execute(List.of(args), ctx);
        assertThat(status).as("lab %s: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    @Test
    void theRunsWireObjectIsExactlyWhatAnalyzingItsCaptureGives() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("s.lab"), "sites 2\nphones 30\nduration 30m\noutage.start 6m\n");
        String run = compact(lab("run", "s.lab", "--format", "json", "--pcap", "out.pcap"));
        String analysis = compact(lab("analyze", "out.pcap", "--format", "json"));
        String wire = object(run, "\"wire\":");
        String withoutFiles = analysis.replaceFirst("^\\{\"files\":\\[.*?\\}\\],", "{");
        assertThat(withoutFiles).isNotEqualTo(analysis);
        assertThat(wire).contains("\"failover\"").contains("\"registrations\"");
        assertThat(withoutFiles).isEqualTo(wire);
    }

    /** The JSON without whitespace outside strings. */
    private static String compact(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                sb.append(c);
                if (c == '\\') {
                    sb.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                sb.append(c);
            } else if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The object value after {@code key} in compact JSON, by brace matching outside strings. */
    private static String object(String json, String key) {
        int start = json.indexOf(key);
        assertThat(start).as("%s in the run's JSON", key).isNotNegative();
        int i = start + key.length();
        int depth = 0;
        boolean inString = false;
        for (int j = i; j < json.length(); j++) {
            char c = json.charAt(j);
            if (inString) {
                if (c == '\\') {
                    j++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(i, j + 1);
            }
        }
        throw new AssertionError("unbalanced JSON");
    }
}
