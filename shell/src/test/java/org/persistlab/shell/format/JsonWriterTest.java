package org.persistlab.shell.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedValuesPrettyInTheOrderGiven() {
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb);
        w.beginObject().name("b").value(1).name("a").beginArray().value("x").value(true).nullValue().endArray()
                .name("e").beginObject().endObject().name("f").beginArray().endArray().endObject();
        assertThat(sb.toString()).isEqualTo("{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    true,\n    null\n  ],\n"
                + "  \"e\": {},\n  \"f\": []\n}");
        assertThat(w.isComplete()).isTrue();
    }

    @Test
    void compactOutputHasNoBlanks() {
        StringBuilder sb = new StringBuilder();
        JsonWriter.compact(sb).beginObject().name("n").value(2.5).name("m").value(-3.0).name("l")
                .value(Long.MIN_VALUE).endObject();
        assertThat(sb.toString()).isEqualTo("{\"n\":2.5,\"m\":-3,\"l\":-9223372036854775808}");
    }

    @Test
    void escapesWhatRfc8259Requires() {
        StringBuilder sb = new StringBuilder();
        JsonWriter.compact(sb).value("q\"b\\s/n\nr\rt\tc\u0001d\u007f\u2028é");
        assertThat(sb.toString()).isEqualTo("\"q\\\"b\\\\s/n\\nr\\rt\\tc\\u0001d\\u007f\\u2028é\"");
    }

    @Test
    void misuseIsAProgrammerError() {
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginObject().value(1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginArray().name("x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).beginObject().name("x").endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).value(1).value(2))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact(new StringBuilder()).value(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonWriter.compact(new StringBuilder()).beginArray().isComplete()).isFalse();
    }
}
