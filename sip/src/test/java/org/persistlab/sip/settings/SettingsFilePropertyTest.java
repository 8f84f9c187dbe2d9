package org.persistlab.sip.settings;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class SettingsFilePropertyTest {

    /** One generated line: its text, its ending, and for a SET line the name and the value it must read as. */
    record Line(String text, String ending, String name, String value) {
    }

    @Provide
    Arbitrary<List<Line>> files() {
        Arbitrary<String> ending = Arbitraries.of("\n", "\r\n");
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').withChars('_', '3').ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> plainValue = Arbitraries.strings().withCharRange('!', '~').excludeChars('"')
                .ofMaxLength(20).map(String::strip);
        Arbitrary<String> quotedValue = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\t')
                .excludeChars('"').ofMaxLength(20);
        Arbitrary<String> blanks = Arbitraries.strings().withChars(' ', '\t').ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> optBlanks = Arbitraries.strings().withChars(' ', '\t').ofMaxLength(3);
        Arbitrary<Line> set = Combinators.combine(name, plainValue, quotedValue, Arbitraries.of(true, false), blanks,
                optBlanks, ending).as((n, pv, qv, quoted, sep, tail, e) -> quoted
                        ? new Line("SET" + sep + n + sep + "\"" + qv + "\"" + tail, e, n, qv)
                        : new Line(optBlanks(sep) + "set" + sep + n + (pv.isEmpty() ? "" : sep + pv) + tail, e, n, pv));
        Arbitrary<Line> comment = Combinators.combine(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                ending).as((t, e) -> new Line("##" + t, e, null, null));
        Arbitrary<Line> blank = Combinators.combine(optBlanks, ending).as((t, e) -> new Line(t, e, null, null));
        Arbitrary<Line> label = Combinators.combine(name, ending).as((t, e) -> new Line("# " + t, e, null, null));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, set), net.jqwik.api.Tuple.of(2, comment),
                net.jqwik.api.Tuple.of(2, blank), net.jqwik.api.Tuple.of(1, label))
                .list().ofMaxSize(40);
    }

    private static String optBlanks(String s) {
        return s.substring(0, s.length() / 2);
    }

    private static byte[] render(List<Line> lines, boolean finalNewline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).text().getBytes(UTF_8));
            if (i < lines.size() - 1 || finalNewline) {
                out.writeBytes(lines.get(i).ending().getBytes(UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Property
    void anyGeneratedFileRoundTripsByteForByteAndReadsItsValues(@ForAll("files") List<Line> lines,
                                                                 @ForAll boolean finalNewline) {
        byte[] bytes = render(lines, finalNewline);
        SettingsFile f = SettingsFile.parse("gen", bytes);
        assertThat(f.toBytes()).isEqualTo(bytes);
        // An empty last line with no ending has no bytes at all, so it is no line.
        boolean vanishes = !finalNewline && !lines.isEmpty() && lines.get(lines.size() - 1).text().isEmpty();
        assertThat(f.lines()).hasSize(lines.size() - (vanishes ? 1 : 0));
        for (int i = 0; i < f.lines().size(); i++) {
            Line l = lines.get(i);
            if (l.name() != null) {
                SettingsLine read = f.lines().get(i);
                assertThat(read.kind()).isEqualTo(LineKind.SET);
                assertThat(read.name()).isEqualTo(l.name());
                assertThat(read.value()).isEqualTo(l.value());
            }
        }
        assertThat(f.findings()).allMatch(x -> x.severity() == Severity.WARNING && x.message().contains("also set"));
    }

    @Property
    void settingAValueChangesOnlyTheDecidingLine(@ForAll("files") List<Line> lines, @ForAll boolean finalNewline,
                                                @ForAll("values") String value) {
        SettingsFile before = SettingsFile.parse("gen", render(lines, finalNewline));
        String name = lines.stream().filter(l -> l.name() != null).map(Line::name).findFirst().orElse("NEW_NAME");
        SettingsFile after = before.withValue(name, value);
        assertThat(after.value(name)).contains(value);
        int edited = before.find(name).map(SettingsLine::number).orElse(-1);
        for (SettingsLine l : before.lines()) {
            if (l.number() != edited) {
                assertThat(after.lines().get(l.number() - 1).bytes()).isEqualTo(l.bytes());
                if (l.number() < before.lines().size() || edited > 0) {
                    assertThat(after.lines().get(l.number() - 1).ending()).isEqualTo(l.ending());
                }
            } else {
                assertThat(after.lines().get(l.number() - 1).ending()).isEqualTo(l.ending());
            }
        }
        assertThat(after.lines()).hasSize(before.lines().size() + (edited > 0 ? 0 : 1));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('ü').excludeChars('"').ofMaxLength(15);
    }

    @Property
    void randomBytesNeverThrowAndRoundTrip(@ForAll @Size(max = 300) byte[] bytes) {
        SettingsFile f = SettingsFile.parse("random", bytes);
        assertThat(f.toBytes()).isEqualTo(bytes);
        PhoneSettings s = PhoneSettings.from(f);
        assertThat(s.registerWaitSeconds()).isBetween(30, 86400);
        assertThat(s.findings()).allSatisfy(x -> assertThat(x.line()).isBetween(1, f.lines().size()));
    }

    @Property
    void randomSettingsTextNeverThrows(@ForAll("settingsNoise") String text) {
        PhoneSettings s = PhoneSettings.parse("noise", text.getBytes(UTF_8));
        assertThat(s.file().toBytes()).isEqualTo(text.getBytes(UTF_8));
        assertThat(s.controllers()).allSatisfy(c -> assertThat(c.port()).isBetween(1, 65535));
    }

    /** Text made of the format's own pieces, so that most lines get deep into the parsers. */
    @Provide
    Arbitrary<String> settingsNoise() {
        Arbitrary<String> piece = Arbitraries.of("SET ", "SIP_CONTROLLER_LIST ", "REGISTERWAIT ", "FAILBACK_POLICY ",
                "\"", ",", ";transport=", "tls", "udp", "auto", ":", "[", "]", "2001:db8::1", "192.0.2.1", "5061",
                "99999", " ", "\t", "\r", "\n", "\r\n", "#", "##", "GET ", "IF ", "a.example.net", "-", ".", "0", "");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
