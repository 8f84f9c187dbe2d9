package org.persistlab.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random models run on the simulator and on a reference kernel written as plainly as possible (a list
 * of (time, sequence, id) scanned for its minimum). Every fired event follows a generated plan: it
 * schedules children after small delays (0 included, so same-time chains occur) and cancels earlier
 * events, some pending, some already fired or cancelled.
 */
class SimulatorPropertyTest {

    private static final int MAX_EVENTS = 400;

    /** What event {@code id} does when it fires: schedule children, then cancel events picked by index. */
    record Plan(List<Long> childDelays, List<Integer> cancelPicks) {
    }

    record Fired(long time, int id) {
    }

    /** The model run on the real simulator, recording what fired. */
    private static final class Model {
        final Simulator sim;
        final List<Plan> plans;
        final List<Long> handles = new ArrayList<>();
        final List<Fired> fired = new ArrayList<>();
        final Set<Integer> cancelled = new HashSet<>();

        Model(Supplier<EventCalendar> calendar, List<Plan> plans) {
            this.sim = new Simulator(calendar.get());
            this.plans = plans;
        }

        void schedule(long delay) {
            int id = handles.size();
            handles.add(sim.schedule(delay, s -> onFire(id)));
        }

        void onFire(int id) {
            fired.add(new Fired(sim.now(), id));
            Plan plan = plans.get(id % plans.size());
            for (long delay : plan.childDelays()) {
                if (handles.size() < MAX_EVENTS) {
                    schedule(delay);
                }
            }
            for (int pick : plan.cancelPicks()) {
                int target = pick % handles.size();
                if (sim.cancel(handles.get(target))) {
                    cancelled.add(target);
                }
            }
        }
    }

    /** The same plan interpreted by the reference kernel. */
    private static List<Fired> reference(List<Long> initialTimes, List<Plan> plans) {
        record Entry(long time, long seq, int id) {
        }
        List<Entry> pending = new ArrayList<>();
        List<Fired> fired = new ArrayList<>();
        int[] issued = {0};
        long now = 0;
        for (long time : initialTimes) {
            pending.add(new Entry(time, issued[0], issued[0]));
            issued[0]++;
        }
        while (!pending.isEmpty()) {
            Entry first = pending.get(0);
            for (Entry e : pending) {
                if (e.time() < first.time() || (e.time() == first.time() && e.seq() < first.seq())) {
                    first = e;
                }
            }
            pending.remove(first);
            now = first.time();
            fired.add(new Fired(now, first.id()));
            Plan plan = plans.get(first.id() % plans.size());
            for (long delay : plan.childDelays()) {
                if (issued[0] < MAX_EVENTS) {
                    pending.add(new Entry(now + delay, issued[0], issued[0]));
                    issued[0]++;
                }
            }
            for (int pick : plan.cancelPicks()) {
                int target = pick % issued[0];
                pending.removeIf(e -> e.id() == target);
            }
        }
        return fired;
    }

    @Property(tries = 200)
    void firesExactlyInReferenceOrder(@ForAll("initialTimes") List<Long> initialTimes, @ForAll("plans") List<Plan> plans) {
        check(HeapCalendar::new, initialTimes, plans);
    }

    @Property(tries = 50)
    void firesExactlyInReferenceOrderOnThePriorityQueueCalendar(
            @ForAll("initialTimes") List<Long> initialTimes, @ForAll("plans") List<Plan> plans) {
        check(PriorityQueueCalendar::new, initialTimes, plans);
    }

    private static void check(Supplier<EventCalendar> calendar, List<Long> initialTimes, List<Plan> plans) {
        Model model = new Model(calendar, plans);
        for (long time : initialTimes) {
            model.schedule(time);
        }
        assertThat(model.sim.runUntilEmpty()).isEqualTo(RunOutcome.EMPTY);

        assertThat(model.fired).isEqualTo(reference(initialTimes, plans));
        long previousTime = Long.MIN_VALUE;
        long previousSeq = -1;
        Set<Integer> firedIds = new HashSet<>();
        for (Fired f : model.fired) {
            assertThat(f.time()).as("time never goes backwards").isGreaterThanOrEqualTo(previousTime);
            long seq = f.id(); // ids are handed out in scheduling order
            if (f.time() == previousTime) {
                assertThat(seq).as("equal times fire first in, first out").isGreaterThan(previousSeq);
            }
            assertThat(model.cancelled).as("a cancelled event never fires").doesNotContain(f.id());
            assertThat(firedIds.add(f.id())).as("an event fires once").isTrue();
            previousTime = f.time();
            previousSeq = seq;
        }
        assertThat(firedIds.size() + model.cancelled.size()).isEqualTo(model.handles.size());
        assertThat(model.sim.eventsFired()).isEqualTo(model.fired.size());
    }

    @Provide
    Arbitrary<List<Long>> initialTimes() {
        return Arbitraries.longs().between(0, 30).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Plan>> plans() {
        Arbitrary<List<Long>> delays = Arbitraries.longs().between(0, 6).list().ofMaxSize(3);
        Arbitrary<List<Integer>> cancels = Arbitraries.integers().between(0, 10_000).list().ofMaxSize(2);
        return Combinators.combine(delays, cancels).as(Plan::new).list().ofMinSize(1).ofMaxSize(20);
    }
}
