package org.persistlab.sip.settings;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsFileTest {
    static final Path SAMPLE = Path.of("..", "captures", "settings", "ACO_J1xx_Persistsettings.txt");

    static SettingsFile parse(String text) {
        return SettingsFile.parse("t.txt", text.getBytes(UTF_8));
    }

    @Test
    void sampleRoundTripsByteForByteAndReadsCleanly() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        SettingsFile f = SettingsFile.parse("sample", bytes);
        assertThat(f.toBytes()).isEqualTo(bytes);
        assertThat(f.findings()).isEmpty();
        assertThat(f.value("SIP_CONTROLLER_LIST"))
                .contains("aco.example.net:5096;transport=tls,192.0.2.10:5060;transport=tcp");
        assertThat(f.value("FORCE_SIP_PASSWORD")).contains("Xq7rT2mVb9Lk");
    }

    @Test
    void readsSetLinesCommentsLabelsAndBranches() {
        SettingsFile f = parse("## comment\n# LABEL1\nSET A 1\n\n   \nIF $MODEL4 SEQ J179 GOTO LABEL1\nGOTO END\n");
        assertThat(f.lines()).extracting(SettingsLine::kind).containsExactly(LineKind.COMMENT, LineKind.LABEL,
                LineKind.SET, LineKind.BLANK, LineKind.BLANK, LineKind.IF, LineKind.GOTO);
        assertThat(f.lines().get(1).name()).isEqualTo("LABEL1");
        assertThat(f.lines().get(6).name()).isEqualTo("END");
        assertThat(f.findings()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(6);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("2 IF/GOTO");
        });
    }

    @Test
    void quotedValuesLoseTheirQuotesAndUnquotedValuesTheirTrailingBlanks() {
        SettingsFile f = parse("SET SIPREGPROXYPOLICY \"alternate\"\nSET TCP_KEEP_ALIVE_STATUS 1 \t\n"
                + "SET SNTPSRVR \"\"\nSET EMPTY\nSET SPACED \"a b \"\nSET LIST a, b\n");
        assertThat(f.value("SIPREGPROXYPOLICY")).contains("alternate");
        assertThat(f.find("SIPREGPROXYPOLICY").orElseThrow().quoted()).isTrue();
        assertThat(f.value("TCP_KEEP_ALIVE_STATUS")).contains("1");
        assertThat(f.value("SNTPSRVR")).contains("");
        assertThat(f.value("EMPTY")).contains("");
        assertThat(f.value("SPACED")).contains("a b ");
        assertThat(f.value("LIST")).contains("a, b");
        assertThat(f.findings()).isEmpty();
    }

    @Test
    void namesAreLookedUpIgnoringCaseAndKeptAsWritten() {
        SettingsFile f = parse("set RegisterWait 300\n");
        assertThat(f.value("REGISTERWAIT")).contains("300");
        assertThat(f.find("registerwait").orElseThrow().name()).isEqualTo("RegisterWait");
    }

    @Test
    void theLastSetWinsAndTheRepeatIsAWarningOnItsLine() {
        SettingsFile f = parse("SET REGISTERWAIT 300\n## x\nset registerwait 600\n");
        assertThat(f.value("REGISTERWAIT")).contains("600");
        assertThat(f.findings()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("line 1").contains("last SET wins");
        });
    }

    @Test
    void getIncludesAreReportedOnTheirLineAndNeverFollowed() {
        SettingsFile f = parse("SET A 1\nGET site1.txt\n");
        assertThat(f.lines().get(1).kind()).isEqualTo(LineKind.GET);
        assertThat(f.findings()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).contains("GET site1.txt").contains("not supported");
        });
    }

    @Test
    void badLinesAreReportedWithTheirLineNumbersAndTheRestIsRead() {
        SettingsFile f = parse("SET A 1\nSET\nhello world\nSET B \"open\nSET C \"x\" trailing\nSET D 4\n");
        assertThat(f.findings()).extracting(Finding::line, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(3, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(4, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(5, Severity.WARNING));
        assertThat(f.findings().get(0).message()).contains("without a parameter name");
        assertThat(f.findings().get(2).message()).contains("unterminated quote");
        assertThat(f.value("B")).contains("open");
        assertThat(f.value("C")).contains("x");
        assertThat(f.value("D")).contains("4");
        assertThat(f.findings().get(0).toString()).isEqualTo("t.txt:2: error: SET without a parameter name");
    }

    @Test
    void windowsMixedAndMissingFinalLineEndingsAreKept() {
        String text = "SET A 1\r\nSET B 2\nSET C 3\r\n## end";
        SettingsFile f = parse(text);
        assertThat(f.lines()).extracting(SettingsLine::ending)
                .containsExactly(LineEnding.CRLF, LineEnding.LF, LineEnding.CRLF, LineEnding.NONE);
        assertThat(new String(f.toBytes(), UTF_8)).isEqualTo(text);
        assertThat(f.value("A")).contains("1");
    }

    @Test
    void aByteOrderMarkIsKeptAndDoesNotHideTheFirstLine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rest = "SET A 1\r\n".getBytes(UTF_8);
        byte[] all = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(rest, 0, all, 3, rest.length);
        SettingsFile f = SettingsFile.parse("bom", all);
        assertThat(f.value("A")).contains("1");
        assertThat(f.toBytes()).isEqualTo(all);
    }

    @Test
    void replacingAValueChangesOnlyThatLineAndKeepsItsEndingQuotesAndTrailingText() {
        String text = "## head\r\nSET   SIPREGPROXYPOLICY   \"simultaneous\"  \r\nSET A 1\r\n";
        SettingsFile f = parse(text).withValue("sipregproxypolicy", "alternate");
        assertThat(new String(f.toBytes(), UTF_8))
                .isEqualTo("## head\r\nSET   SIPREGPROXYPOLICY   \"alternate\"  \r\nSET A 1\r\n");
    }

    @Test
    void replacingTheValueOfARepeatedNameEditsTheDecidingLastLine() {
        SettingsFile f = parse("SET A 1\nSET A 2\n").withValue("A", "3");
        assertThat(new String(f.toBytes(), UTF_8)).isEqualTo("SET A 1\nSET A 3\n");
    }

    @Test
    void aValueIsAddedToASetLineThatHadNone() {
        assertThat(new String(parse("SET A\n").withValue("A", "x").toBytes(), UTF_8)).isEqualTo("SET A x\n");
        assertThat(new String(parse("SET A  \n").withValue("A", "x y").toBytes(), UTF_8))
                .isEqualTo("SET A \"x y\"  \n");
    }

    @Test
    void settingTheSameValueAgainReturnsTheSameFile() {
        SettingsFile f = parse("SET A  \"v\"\n");
        assertThat(f.withValue("A", "v")).isSameAs(f);
    }

    @Test
    void anAbsentNameIsAppendedWithTheDominantLineEnding() {
        assertThat(new String(parse("SET A 1\r\nSET B 2\r\n").withValue("C", "3").toBytes(), UTF_8))
                .isEqualTo("SET A 1\r\nSET B 2\r\nSET C 3\r\n");
        assertThat(new String(parse("SET A 1\nSET B 2\r\nSET D 4\n").withValue("C", "").toBytes(), UTF_8))
                .isEqualTo("SET A 1\nSET B 2\r\nSET D 4\nSET C \"\"\n");
        assertThat(new String(SettingsFile.empty("e").withValue("C", "3").toBytes(), UTF_8)).isEqualTo("SET C 3\n");
    }

    @Test
    void appendingToAFileWithoutAFinalNewlineKeepsThatStyle() {
        SettingsFile f = parse("SET A 1\r\nSET B 2").withValue("C", "3");
        assertThat(new String(f.toBytes(), UTF_8)).isEqualTo("SET A 1\r\nSET B 2\r\nSET C 3");
    }

    @Test
    void editsRefuseValuesTheFormatCannotCarry() {
        SettingsFile f = parse("SET A 1\n");
        assertThatThrownBy(() -> f.withValue("A", "x\ny")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.withValue("A", "say \"hi\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.withValue("A B", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realIpOfficeQuirksAreReadAsIpOfficeMeantThem() {
        // Lines as IP Office 11.0.4 writes them [IPO-46XX]: a value continued on the next line, trailing blanks.
        String text = "SET OBSCURE_PREFERENCES \n\"ESMENABLED,ESMSRVR\"\nSET DATESEPARATOR /  \n";
        SettingsFile f = parse(text);
        assertThat(f.value("OBSCURE_PREFERENCES")).contains("");
        assertThat(f.value("DATESEPARATOR")).contains("/");
        assertThat(f.findings()).extracting(Finding::line).containsExactly(2);
        assertThat(f.setLines()).extracting(SettingsLine::number).containsExactly(1, 3);
        assertThat(new String(f.toBytes(), UTF_8)).isEqualTo(text);
    }
}
