package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 7502 §4.10 search against a device whose capacity is known, with the steps worked by hand. */
class Rfc7502SearchTest {

    /** Runs the search against a device that passes every rate up to {@code capacity}; returns the rates offered. */
    private static List<Long> drive(Rfc7502Search s, long capacity) {
        List<Long> offered = new ArrayList<>();
        while (!s.done()) {
            assertThat(offered).as("the search must end").hasSizeLessThan(1000);
            long r = s.rate();
            offered.add(r);
            if (r <= capacity) {
                s.passed();
            } else {
                s.failed();
            }
        }
        return offered;
    }

    @Test
    void climbsByTenPercentThenConfirmsTheBestRateTenTimes() {
        Rfc7502Search s = new Rfc7502Search(100, 0.10, 10);
        List<Long> offered = drive(s, 150);
        // By hand: 100 x 1.1 = 110, 121, 133 (133.1), 146 (146.3); 160 (160.6) fails; 160 x 0.9 = 144 passes
        // (1st confirmation: not above the best, 146), 158 fails, 142 (2), 156 fails, 140 (3), 154 fails,
        // 138 (4), 151 fails, 135 (5), 148 passes above the best (new best 148, no confirmation), 162 fails,
        // 145 (6), 159 fails, 143 (7), 157 fails, 141 (8), 155 fails, 139 (9), 152 fails, 136 (10): done.
        assertThat(offered).containsExactly(100L, 110L, 121L, 133L, 146L, 160L, 144L, 158L, 142L, 156L, 140L, 154L,
                138L, 151L, 135L, 148L, 162L, 145L, 159L, 143L, 157L, 141L, 155L, 139L, 152L, 136L);
        assertThat(s.result()).isEqualTo(148);
        assertThat(s.trials()).isEqualTo(26);
        assertThat(s.confirmations()).isEqualTo(10);
    }

    @Test
    void atSmallRatesFloorStopsTheClimbAndThePassesConfirm() {
        // RFC 7502 §4.10 warns that r <= 9 with w = 0.10 does not climb: floor(5 x 1.1) = 5.
        Rfc7502Search s = new Rfc7502Search(5, 0.10, 10);
        List<Long> offered = drive(s, 1_000);
        assertThat(offered).hasSize(11).containsOnly(5L);
        assertThat(s.result()).isEqualTo(5);
    }

    @Test
    void aDeviceThatPassesNothingEndsAtZero() {
        Rfc7502Search s = new Rfc7502Search(3, 0.10, 10);
        // 3 fails, floor(2.7) = 2 fails, floor(1.8) = 1 fails, floor(0.9) = 0: nothing left to offer.
        assertThat(drive(s, 0)).containsExactly(3L, 2L, 1L);
        assertThat(s.result()).isZero();
    }

    @Test
    void aLargerIncreaseIsHalvedAfterTheFirstFailure() {
        // w = 0.4, d = max(0.10, 0.2) = 0.2: 100 passes, 140 fails -> floor(140 x 0.8) = 112, and then
        // w = 0.2, d = 0.10; 112 passes (new best), floor(112 x 1.2) = 134 passes (new best), 160 fails ->
        // 144 and w = 0.10; 144 fails -> floor(129.6) = 129, which passes at or below the best: done.
        Rfc7502Search s = new Rfc7502Search(100, 0.4, 1);
        assertThat(drive(s, 135)).containsExactly(100L, 140L, 112L, 134L, 160L, 144L, 129L);
        assertThat(s.result()).isEqualTo(134);
    }

    @Test
    void reportingAfterTheEndIsAProgrammingError() {
        Rfc7502Search s = new Rfc7502Search(5, 0.10, 1);
        s.passed();
        s.passed();
        assertThat(s.done()).isTrue();
        assertThatThrownBy(s::passed).isInstanceOf(IllegalStateException.class).hasMessageContaining("result 5");
        assertThatThrownBy(() -> new Rfc7502Search(0, 0.1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rfc7502Search(100, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
