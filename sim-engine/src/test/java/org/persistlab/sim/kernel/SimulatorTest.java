package org.persistlab.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.kernel.random.RandomStream;
import org.persistlab.sim.kernel.random.RandomStreams;
import org.persistlab.sim.kernel.random.UniformFraction;

class SimulatorTest {

    private final Simulator sim = new Simulator();
    private final List<String> log = new ArrayList<>();

    private Event note(String name) {
        return s -> log.add(name + "@" + s.now());
    }

    @Test
    void runUntilFiresEventsAtTheLimitAndLeavesTheClockExactlyThere() {
        sim.schedule(10, note("a"));
        sim.schedule(20, note("b"));
        sim.schedule(21, note("c"));

        assertThat(sim.runUntil(20)).isEqualTo(RunOutcome.TIME_REACHED);

        assertThat(log).containsExactly("a@10", "b@20");
        assertThat(sim.now()).isEqualTo(20);
        assertThat(sim.pendingEvents()).isEqualTo(1);
        assertThat(sim.runUntil(500)).isEqualTo(RunOutcome.TIME_REACHED);
        assertThat(sim.now()).isEqualTo(500);
        assertThat(log).containsExactly("a@10", "b@20", "c@21");
    }

    @Test
    void runUntilOnAnEmptyCalendarStillMovesTheClock() {
        assertThat(sim.runUntil(1_000)).isEqualTo(RunOutcome.TIME_REACHED);
        assertThat(sim.now()).isEqualTo(1_000);
    }

    @Test
    void runUntilEmptyStopsAtTheLastEvent() {
        sim.schedule(7, note("a"));
        assertThat(sim.runUntilEmpty()).isEqualTo(RunOutcome.EMPTY);
        assertThat(sim.now()).isEqualTo(7);
        assertThat(sim.eventsFired()).isEqualTo(1);
    }

    @Test
    void schedulingInThePastNamesBothTimes() {
        sim.runUntil(100);
        assertThatThrownBy(() -> sim.scheduleAt(40, note("late")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40 ns")
                .hasMessageContaining("100 ns");
        assertThatThrownBy(() -> sim.schedule(-1, note("late")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 ns");
        assertThatThrownBy(() -> sim.runUntil(99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schedulingNowIsAllowedAndFiresAfterWhatIsAlreadyDueNow() {
        sim.schedule(5, s -> {
            log.add("first@" + s.now());
            s.schedule(0, note("child"));
        });
        sim.schedule(5, note("second"));
        sim.runUntilEmpty();
        assertThat(log).containsExactly("first@5", "second@5", "child@5");
    }

    @Test
    void aDelayThatOverflowsTheClockIsRefused() {
        sim.runUntil(10);
        assertThatThrownBy(() -> sim.schedule(Long.MAX_VALUE, note("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
    }

    @Test
    void cancellingIsHarmlessOnFiredCancelledAndEmptyHandles() {
        long fired = sim.schedule(1, note("a"));
        long cancelled = sim.schedule(2, note("b"));
        assertThat(sim.isPending(cancelled)).isTrue();
        assertThat(sim.cancel(cancelled)).isTrue();
        sim.runUntilEmpty();

        assertThat(log).containsExactly("a@1");
        assertThat(sim.cancel(fired)).isFalse();
        assertThat(sim.cancel(cancelled)).isFalse();
        assertThat(sim.cancel(EventCalendar.NO_EVENT)).isFalse();
        assertThat(sim.isPending(fired)).isFalse();
    }

    @Test
    void aStaleHandleDoesNotReachTheEventThatReusedItsSlot() {
        long first = sim.schedule(1, note("a"));
        sim.runUntilEmpty();
        long second = sim.schedule(1, note("b")); // lands in the slot "a" freed
        assertThat(second).isNotEqualTo(first);
        assertThat(sim.cancel(first)).isFalse();
        assertThat(sim.isPending(second)).isTrue();
        assertThat(sim.timeOf(second)).isEqualTo(2);
    }

    @Test
    void aReusedHandlerObjectCanBePendingSeveralTimes() {
        Event tick = note("tick");
        long h1 = sim.schedule(1, tick);
        long h2 = sim.schedule(2, tick);
        sim.cancel(h1);
        assertThat(sim.isPending(h2)).isTrue();
        sim.runUntilEmpty();
        assertThat(log).containsExactly("tick@2");
    }

    @Test
    void pauseFromAHandlerStopsBeforeTheNextEventAndRunResumes() {
        sim.schedule(1, note("a"));
        sim.schedule(2, s -> {
            log.add("pause@" + s.now());
            s.pause();
        });
        sim.schedule(3, note("c"));

        assertThat(sim.runUntil(100)).isEqualTo(RunOutcome.PAUSED);
        assertThat(sim.now()).isEqualTo(2);
        assertThat(log).containsExactly("a@1", "pause@2");

        assertThat(sim.runUntil(100)).isEqualTo(RunOutcome.TIME_REACHED);
        assertThat(log).containsExactly("a@1", "pause@2", "c@3");
    }

    @Test
    void pauseFromAnotherThreadStopsAnEndlessRun() throws Exception {
        sim.every(1_000, s -> { });
        CountDownLatch running = new CountDownLatch(1);
        sim.setProgressListener((now, fired) -> running.countDown(), 1_000);
        Thread pauser = new Thread(() -> {
            try {
                running.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sim.pause();
        });
        pauser.start();

        assertThat(sim.runUntilEmpty()).isEqualTo(RunOutcome.PAUSED);
        pauser.join();
        long firedAtPause = sim.eventsFired();
        assertThat(firedAtPause).isGreaterThanOrEqualTo(1_000);

        assertThat(sim.runUntil(sim.now() + 5_000)).isEqualTo(RunOutcome.TIME_REACHED);
        assertThat(sim.eventsFired()).isEqualTo(firedAtPause + 5);
    }

    @Test
    void aPauseRequestedBeforeARunIsConsumedByThatRun() {
        sim.schedule(1, note("a"));
        sim.pause();
        assertThat(sim.runUntilEmpty()).isEqualTo(RunOutcome.PAUSED);
        assertThat(log).isEmpty();
        assertThat(sim.runUntilEmpty()).isEqualTo(RunOutcome.EMPTY);
        assertThat(log).containsExactly("a@1");
    }

    @Test
    void stepFiresOneEventAtATime() {
        sim.schedule(3, note("a"));
        sim.schedule(4, note("b"));
        assertThat(sim.step()).isTrue();
        assertThat(log).containsExactly("a@3");
        assertThat(sim.nextEventTime()).isEqualTo(4);
        assertThat(sim.step()).isTrue();
        assertThat(sim.step()).isFalse();
        assertThat(log).containsExactly("a@3", "b@4");
    }

    @Test
    void runWhileChecksTheConditionBeforeEveryEvent() {
        AtomicLong counter = new AtomicLong();
        sim.every(10, s -> counter.incrementAndGet());
        assertThat(sim.runWhile(() -> counter.get() < 3)).isEqualTo(RunOutcome.CONDITION_MET);
        assertThat(counter.get()).isEqualTo(3);
        assertThat(sim.now()).isEqualTo(30);
        assertThat(sim.runUntil(() -> counter.get() == 5)).isEqualTo(RunOutcome.CONDITION_MET);
        assertThat(sim.now()).isEqualTo(50);
    }

    @Test
    void runWhileReportsEmptyWhenTheEventsRunOutFirst() {
        sim.schedule(1, note("a"));
        assertThat(sim.runWhile(() -> true)).isEqualTo(RunOutcome.EMPTY);
    }

    @Test
    void aHandlerCannotStartANestedRun() {
        sim.schedule(1, s -> s.runUntilEmpty());
        assertThatThrownBy(sim::runUntilEmpty)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already running");
        // The simulator is still usable afterwards.
        sim.schedule(1, note("after"));
        assertThat(sim.runUntilEmpty()).isEqualTo(RunOutcome.EMPTY);
        assertThat(log).containsExactly("after@2");
    }

    @Test
    void progressListenerIsCalledEveryNEvents() {
        List<Long> calls = new ArrayList<>();
        sim.setProgressListener((now, fired) -> calls.add(fired), 4);
        for (int i = 1; i <= 10; i++) {
            sim.schedule(i, note("e"));
        }
        sim.runUntilEmpty();
        assertThat(calls).containsExactly(4L, 8L);
        assertThatThrownBy(() -> sim.setProgressListener((now, fired) -> { }, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void traceSeesTimeKindAndEntityOfEveryEvent() {
        record Timer(String kind, long entity) implements Event, Traced {
            @Override
            public void fire(Simulator s) {
            }
        }
        List<String> trace = new ArrayList<>();
        sim.setTraceListener((time, kind, entity) -> trace.add(time + " " + kind + " " + entity));
        sim.schedule(5, new Timer("register", 17));
        sim.schedule(6, s -> { });
        sim.runUntilEmpty();
        assertThat(trace).containsExactly("5 register 17", "6 SimulatorTest 0");

        sim.setTraceListener(null);
        sim.schedule(1, new Timer("quiet", 1));
        sim.runUntilEmpty();
        assertThat(trace).hasSize(2);
    }

    @Test
    void periodicTimerFiresEveryPeriodUntilCancelledFromItsOwnHandler() {
        List<Long> times = new ArrayList<>();
        PeriodicTimer[] timer = new PeriodicTimer[1];
        timer[0] = sim.every(30, s -> {
            times.add(s.now());
            if (times.size() == 4) {
                assertThat(timer[0].cancel()).isTrue();
            }
        });
        assertThat(timer[0].nextFiringTime()).isEqualTo(30);
        sim.runUntil(1_000);
        assertThat(times).containsExactly(30L, 60L, 90L, 120L);
        assertThat(timer[0].isActive()).isFalse();
        assertThat(timer[0].firings()).isEqualTo(4);
        assertThat(timer[0].cancel()).isFalse();
        assertThat(sim.pendingEvents()).isZero();
    }

    @Test
    void periodicTimerDrawsEachIntervalAfresh() {
        long[] intervals = {5, 7, 1, 9};
        int[] next = {0};
        List<Long> times = new ArrayList<>();
        PeriodicTimer timer = sim.every(() -> intervals[next[0]++ % intervals.length], s -> times.add(s.now()));
        sim.runUntil(22);
        assertThat(times).containsExactly(5L, 12L, 13L, 22L);
        timer.cancel();
        assertThat(sim.pendingEvents()).isZero();
        assertThatThrownBy(() -> sim.every(0, s -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodicTimerStretchesAZeroIntervalToOneNanosecond() {
        List<Long> times = new ArrayList<>();
        sim.every(() -> 0, s -> times.add(s.now()));
        sim.runUntil(3);
        assertThat(times).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anExceptionInAHandlerLeavesTheSimulatorConsistent() {
        sim.schedule(1, s -> {
            throw new IllegalStateException("model bug");
        });
        sim.schedule(2, note("b"));
        assertThatThrownBy(sim::runUntilEmpty).hasMessage("model bug");
        assertThat(sim.now()).isEqualTo(1);
        assertThat(sim.runUntilEmpty()).isEqualTo(RunOutcome.EMPTY);
        assertThat(log).containsExactly("b@2");
    }

    @Test
    void aSimulatorNeedsAnEmptyCalendar() {
        EventCalendar calendar = new HeapCalendar();
        calendar.add(1, note("x"));
        assertThatThrownBy(() -> new Simulator(calendar)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearingTheCalendarMakesEveryHandleStale() {
        HeapCalendar calendar = new HeapCalendar(2);
        long a = calendar.add(1, note("a"));
        long b = calendar.add(2, note("b"));
        calendar.clear();
        assertThat(calendar.isEmpty()).isTrue();
        assertThat(calendar.isPending(a)).isFalse();
        assertThat(calendar.cancel(b)).isFalse();
        assertThatThrownBy(calendar::removeFirst).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> calendar.timeOf(a)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearingRightAfterARemovalFreesEverySlotOnce() {
        HeapCalendar calendar = new HeapCalendar(2);
        calendar.add(1, note("a"));
        calendar.add(2, note("b"));
        calendar.add(3, note("c"));
        calendar.removeFirst();
        assertThat(calendar.size()).isEqualTo(2);
        calendar.clear();
        assertThat(calendar.size()).isZero();
        long x = calendar.add(30, note("x"));
        long y = calendar.add(10, note("y"));
        long z = calendar.add(20, note("z"));
        assertThat((int) x).isNotEqualTo((int) y).isNotEqualTo((int) z);
        assertThat((int) y).isNotEqualTo((int) z);
        assertThat(calendar.firstTime()).isEqualTo(10);
        calendar.removeFirst();
        assertThat(calendar.timeOf(x)).isEqualTo(30);
        assertThat(calendar.firstTime()).isEqualTo(20);
    }

    @Test
    void periodicTimerWithAJitteredDistributionStaysWithinItsBounds() {
        RandomStream rng = new RandomStreams(3).stream("keep-alive");
        RandomStream replay = new RandomStreams(3).stream("keep-alive");
        UniformFraction keepAlive = new UniformFraction(0.8, 1.0, 100_000);
        List<Long> times = new ArrayList<>();
        sim.every(keepAlive, rng, s -> times.add(s.now()));
        sim.runUntil(1_000_000);

        assertThat(times).hasSizeBetween(10, 12);
        long previous = 0;
        for (long time : times) {
            assertThat(time - previous).isEqualTo(keepAlive.sampleNanos(replay)).isBetween(80_000L, 100_000L);
            previous = time;
        }
    }
}
