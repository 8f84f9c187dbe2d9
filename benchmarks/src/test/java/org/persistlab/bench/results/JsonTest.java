package org.persistlab.bench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsTheValuesJmhWrites() throws Exception {
        Object v = Json.parse(" {\"a\" : [1, -2.5e3, \"x\\\"y\\u0041\\n\"], \"b\": {\"c\": true, \"d\": null},"
                + " \"e\": false, \"f\": []} ");
        Map<String, Object> b = new HashMap<>();
        b.put("c", true);
        b.put("d", null);
        assertThat(v).isEqualTo(Map.of("a", List.of(1.0, -2500.0, "x\"yA\n"), "b", b, "e", false, "f", List.of()));
    }

    @Test
    void keepsMemberOrder() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse("{\"z\":1,\"a\":2,\"m\":3}");
        assertThat(m.keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void badJsonNamesTheOffset() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).hasMessage("bad JSON at offset 11: expected ']'");
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessage("bad JSON at offset 4: text after the value");
        assertThatThrownBy(() -> Json.parse("\"abc")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> Json.parse("")).hasMessageContaining("unexpected end");
    }
}
