package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading SIPp 3.6.1's {@code -trace_stat} file, as SIPp itself wrote it during a run of this lab. */
class SippStatsTest {
    @TempDir
    Path dir;

    @Test
    void theLastRowGivesTheCumulatedCounts() throws Exception {
        // A real file: 3 calls, the first failed on an unexpected message (a 180 relayed after the 200).
        SippStats s = SippStats.read(Path.of(SippLab.scenario("sipp-3.6.1-stats.csv")));
        assertThat(s.created()).isEqualTo(3);
        assertThat(s.successful()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.failures()).containsOnlyKeys("FailedUnexpectedMessage").containsEntry("FailedUnexpectedMessage", 1L);
        // CurrentTime 1795570382.367433 - StartTime 1795570381.633837, from the last row's epoch columns
        assertThat(s.elapsedSeconds()).isCloseTo(0.733596, within(1e-6));
        assertThat(s.achievedRate()).isCloseTo(3 / 0.733596, within(1e-3));
    }

    @Test
    void aFileWithoutARowIsNamedInTheError() throws IOException {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "StartTime;TotalCallCreated\n");
        assertThatThrownBy(() -> SippStats.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("no statistics row");
        Files.writeString(f, "StartTime;TotalCallCreated\nx;y\n");
        assertThatThrownBy(() -> SippStats.read(f)).isInstanceOf(IOException.class).hasMessageContaining("column CurrentTime");
    }
}
