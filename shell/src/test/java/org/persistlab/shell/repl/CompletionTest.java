package org.persistlab.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.Commands;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;

/** Completion through JLine's own parser and completer interface, candidates coming from the command model. */
class CompletionTest {
    @TempDir
    Path dir;

    private final Shell shell = Commands.shell();

    /** The candidates JLine would get for {@code line} with the cursor at its end. */
    private List<String> complete(String line) {
        ParsedLine parsed = LineSplitter.parser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> out = new ArrayList<>();
        new ModelCompleter(new CompletionEngine(shell.registry(), dir)).complete(null, parsed, out);
        return out.stream().map(Candidate::value).toList();
    }

    @Test
    void setFaOffersFailbackPolicyAndEveryOtherParameterStartingSo() {
        List<String> expected = Params.all().stream().map(ParamDef::name).filter(n -> n.startsWith("fa")).toList();
        assertThat(complete("set fa")).contains("failback.policy").containsExactlyElementsOf(expected);
    }

    @Test
    void theValuesOfFailbackPolicyAreAutoAndAdmin() {
        assertThat(complete("set failback.policy ")).containsExactly("auto", "admin");
        assertThat(complete("set failback.policy a")).containsExactly("auto", "admin");
        assertThat(complete("set failback.policy ad")).containsExactly("admin");
    }

    @Test
    void aParameterWithoutChoicesOffersItsDefaultAndItsWords() {
        assertThat(complete("set register.wait ")).containsExactly("900s");
        assertThat(complete("set outage.start ")).containsExactly("15m", "never");
        assertThat(complete("set licenses ")).containsExactly("phones");
    }

    @Test
    void parametersAfterShowUnsetAndSweepWithTheirExtraWords() {
        assertThat(complete("show l")).contains("licenses", "last").doesNotContain("load");
        assertThat(complete("show p")).contains("phones", "params");
        assertThat(complete("unset a")).contains("all", "aco.register.rate", "admin.failback.at");
        assertThat(complete("sweep outage.d")).containsExactly("outage.duration");
    }

    @Test
    void commandNamesSubcommandsOptionsAndChoices() {
        assertThat(complete("sw")).containsExactly("sweep");
        assertThat(complete("s")).containsExactlyInAnyOrder("set", "show", "seed", "save", "step", "sweep",
                "script", "settings", "stacktrace");
        assertThat(complete("help se")).containsExactlyInAnyOrder("set", "seed", "settings");
        assertThat(complete("settings ")).contains("check", "patch", "users", "generate");
        assertThat(complete("run --r")).containsExactly("--replications");
        assertThat(complete("export ")).containsExactly("json", "csv", "html", "pcap");
        assertThat(complete("analyze a.pcap --format ")).containsExactly("table", "json");
    }

    @Test
    void fileNamesAfterLoadAnalyzeExportSaveAndScript() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scen.txt"), "phones 3\n");
        Files.writeString(dir.resolve("scenarios/big.scenario"), "phones 300\n");
        Files.writeString(dir.resolve(".hidden"), "");
        assertThat(complete("load sc")).containsExactly("scen.txt", "scenarios/");
        assertThat(complete("load scenarios/")).containsExactly("scenarios/big.scenario");
        assertThat(complete("analyze ")).containsExactly("scen.txt", "scenarios/");
        assertThat(complete("export html ")).containsExactly("scen.txt", "scenarios/");
        assertThat(complete("save s")).containsExactly("scen.txt", "scenarios/");
        assertThat(complete("script scenarios/b")).containsExactly("scenarios/big.scenario");
        assertThat(complete("load .")).containsExactly(".hidden");
    }

    @Test
    void anUnknownCommandOffersNothing() {
        assertThat(complete("frobnicate ")).isEmpty();
        assertThat(complete("seed ")).isEmpty();
    }

    /** Tab typed into a real line reader on an in-memory terminal completes the unique candidate. */
    @Test
    void tabInTheLineReaderCompletesAUniqueParameter() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream("set failb\tad\t\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = TerminalBuilder.builder().system(false).provider("exec").streams(in, out)
                .type("xterm-256color").size(new Size(100, 30)).encoding(StandardCharsets.UTF_8).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).parser(LineSplitter.parser())
                    .completer(new ModelCompleter(new CompletionEngine(shell.registry(), dir))).build();
            assertThat(reader.readLine("lab> ")).isEqualTo("set failback.policy admin ");
        }
    }
}
