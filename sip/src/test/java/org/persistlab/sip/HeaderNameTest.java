package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HeaderNameTest {

    @Test
    void everyNameHasATableSlotOfItsOwn() {
        Set<Integer> slots = new HashSet<>();
        for (HeaderName h : HeaderName.values()) {
            byte[] n = h.canonical().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            assertThat(slots.add(HeaderName.slotOf(n, 0, n.length))).as(h.canonical()).isTrue();
        }
    }

    @Property(tries = 500)
    void everyNameIsFoundInAnyCaseByBothLookups(@ForAll long caseBits) {
        for (HeaderName h : HeaderName.values()) {
            char[] c = h.canonical().toCharArray();
            for (int i = 0; i < c.length; i++) {
                boolean upper = (caseBits >>> (i % 64) & 1) != 0;
                c[i] = upper ? Character.toUpperCase(c[i]) : Character.toLowerCase(c[i]);
            }
            // At the very end of the array (compared byte by byte) and inside a longer line (by the word).
            for (String after : new String[] {":", ": a value long enough to read whole words past the name"}) {
                byte[] b = ("x" + new String(c) + after).getBytes(StandardCharsets.US_ASCII);
                int end = 1 + c.length;
                assertThat(HeaderName.lookupToken(b, 1, end)).as(new String(c) + after).isSameAs(h);
                assertThat(HeaderName.lookup(b, 1, end)).as(new String(c) + after).isSameAs(h);
            }
            if (h.compact() != 0) {
                assertThat(HeaderName.lookup(String.valueOf(h.compact()).toUpperCase(Locale.ROOT))).isSameAs(h);
            }
        }
    }

    @Property(tries = 2000)
    void tokensThatAreNotOurNamesAreNotFound(
            @ForAll @AlphaChars @Chars({'-', '_', '.', '!', '%', '*', '+', '`', '\'', '~', '0', '9'})
            @StringLength(min = 2, max = 24) String name) {
        byte[] b = (name + ": padding so the name can be read by the word").getBytes(StandardCharsets.US_ASCII);
        HeaderName expected = null;
        for (HeaderName h : HeaderName.values()) {
            if (h.canonical().equalsIgnoreCase(name)) {
                expected = h;
            }
        }
        assertThat(HeaderName.lookupToken(b, 0, name.length())).isSameAs(expected);
        assertThat(HeaderName.lookup(b, 0, name.length())).isSameAs(expected);
    }

    @Test
    void bytesThatFoldOntoANameButAreNotItAreNotFoundByTheExactLookup() {
        // CR ORed with 0x20 is '-': only the exact lookup may see such bytes (the indexer never passes them).
        byte[] b = "Call\rID".getBytes(StandardCharsets.US_ASCII);
        assertThat(HeaderName.lookup(b, 0, b.length)).isNull();
    }
}
