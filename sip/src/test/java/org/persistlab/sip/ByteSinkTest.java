package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The writer's numbers and text come out as Java would print them. */
class ByteSinkTest {

    private static String written(ByteSink s) {
        return new String(s.toByteArray(), StandardCharsets.UTF_8);
    }

    @Property(tries = 3000)
    void decimalWritesWhatLongToStringPrints(@ForAll long v, @ForAll boolean prefixed) {
        ByteSink s = new ByteSink(16);
        if (prefixed) {
            s.text("CSeq: ");
        }
        s.decimal(v).crlf();
        assertThat(written(s)).isEqualTo((prefixed ? "CSeq: " : "") + v + "\r\n");
    }

    @Test
    void decimalAtTheEdgesAndWhileGrowing() {
        ByteSink s = new ByteSink(16);
        for (long v : new long[] {0, 9, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, -1, -10}) {
            s.decimal(v).write(' ');
        }
        assertThat(written(s)).isEqualTo("0 9 10 99 100 9223372036854775807 -9223372036854775808 -1 -10 ");
    }
}
