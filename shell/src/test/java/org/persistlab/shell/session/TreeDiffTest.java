package org.persistlab.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeDiffTest {
    @Test
    void changesAreAbsoluteAndRelativeAndEqualIsMarked() {
        assertThat(TreeDiff.change(10L, 12L)).isEqualTo("+2 (+20%)");
        assertThat(TreeDiff.change(8L, 6L)).isEqualTo("-2 (-25%)");
        assertThat(TreeDiff.change(1.5, 1.25)).isEqualTo("-0.25 (-16.7%)");
        assertThat(TreeDiff.change(0L, 3L)).isEqualTo("+3");
        assertThat(TreeDiff.change(4L, 4L)).isEqualTo("=");
        assertThat(TreeDiff.change(null, null)).isEqualTo("=");
        assertThat(TreeDiff.change(null, 1.0)).isEqualTo("n/a");
    }

    @Test
    void metricsOfBothTreesLineUpByPath() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put("only_a", 2L);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("only_b", 3.0);
        b.put("x", 1L);
        assertThat(TreeDiff.compare(a, b)).containsExactly(new TreeDiff.Row("x", 1L, 1L),
                new TreeDiff.Row("only_a", 2L, null), new TreeDiff.Row("only_b", null, 3.0));
        assertThat(TreeDiff.compare(a, b).get(0).differs()).isFalse();
        assertThat(TreeDiff.compare(a, b).get(1).differs()).isTrue();
    }
}
