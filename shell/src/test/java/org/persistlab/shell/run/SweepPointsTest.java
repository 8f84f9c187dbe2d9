package org.persistlab.shell.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.persistlab.shell.cli.LabException;
import org.persistlab.sim.scenario.Params;

class SweepPointsTest {
    @Test
    void rangesOfEachKindWithAndWithoutAStep() throws Exception {
        assertThat(SweepPoints.of(Params.OUTAGE_DURATION, "5m..25m", "5m")).containsExactly("5m", "10m", "15m",
                "20m", "25m");
        assertThat(SweepPoints.of(Params.OUTAGE_DURATION, "10m..30m", null)).containsExactly("10m", "15m", "20m",
                "25m", "30m");
        assertThat(SweepPoints.of(Params.LICENSES, "150..200", "10")).containsExactly("150", "160", "170", "180",
                "190", "200");
        assertThat(SweepPoints.of(Params.OPTIONS_FAILURES, "1..4", null)).containsExactly("1", "2", "3", "4");
        assertThat(SweepPoints.of(Params.PHONES, "100..300", null)).containsExactly("100", "150", "200", "250",
                "300");
        assertThat(SweepPoints.of(Params.NET_ACO_LOSS, "0..2", "0.5")).containsExactly("0", "0.5", "1", "1.5", "2");
        assertThat(SweepPoints.of(Params.CALLS_RATE, "2/h..6/h", "2")).containsExactly("2/h", "4/h", "6/h");
    }

    @Test
    void listsWorkForAnyParameter() throws Exception {
        assertThat(SweepPoints.of(Params.FAILBACK_POLICY, "auto,admin", null)).containsExactly("auto", "admin");
        assertThat(SweepPoints.of(Params.OUTAGE_START, "5m, never", null)).containsExactly("5m", "never");
    }

    @Test
    void everyValueIsCheckedBeforeAnythingRuns() {
        assertThatThrownBy(() -> SweepPoints.of(Params.PHONES, "300..500", "100")).isInstanceOf(LabException.class)
                .hasMessage("phones 400: 400 is outside 0..384");
        assertThatThrownBy(() -> SweepPoints.of(Params.FAILBACK_POLICY, "auto..admin", null))
                .hasMessageContaining("sweep it over a list: sweep failback.policy a,b,c");
        assertThatThrownBy(() -> SweepPoints.of(Params.PHONES, "9..3", null)).hasMessageContaining("must go up");
        assertThatThrownBy(() -> SweepPoints.of(Params.PHONES, "1..200", "1")).hasMessageContaining("at most 50");
        assertThatThrownBy(() -> SweepPoints.of(Params.CALLS_RATE, "1/h..1/s", null))
                .hasMessageContaining("same unit");
        assertThatThrownBy(() -> SweepPoints.of(Params.PHONES, "a..b", null)).hasMessageContaining("not a range");
    }
}
