package org.persistlab.bench.calendar;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.persistlab.sim.kernel.Event;
import org.persistlab.sim.kernel.HeapCalendar;
import org.persistlab.sim.kernel.PriorityQueueCalendar;
import org.persistlab.sim.kernel.Simulator;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The classic hold model: N events pending; each operation removes the earliest and schedules one at
 * now + U(0, 2N), so the population stays N and inserts land at random depths. One JMH operation is one
 * event (pop and push). Measured for:
 *
 * <ul>
 *   <li>{@code heapCalendar}: our {@link HeapCalendar} (4-ary heap on primitive arrays, with handles);
 *   <li>{@code priorityQueue}: {@link PriorityQueueCalendar}, a {@code java.util.PriorityQueue} of
 *       (time, sequence, handler) objects, one allocated per event;
 *   <li>{@code ssjSplayTree}: SSJ 3.3.2's default event list, {@code SplayTree}, holding SSJ events that
 *       are taken out and put back with a new time;
 *   <li>{@code simulator}: our full {@link Simulator} loop, each handler rescheduling itself, to show what
 *       the kernel adds around the calendar (not in the suite's RATIO pairs; run it by name with JMH's
 *       include pattern through JMH's own runner, {@code java -cp benchmarks/target/benchmarks.jar
 *       org.openjdk.jmh.Main HoldModelBenchmark.simulator}).
 * </ul>
 *
 * <p>All of them replay the same precomputed increments (one fixed-seed sequence, in 1 ns units of a
 * 1 us tick so equal times are rare but possible), so they do exactly the same work.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HoldModelBenchmark {

    static final int BATCH = 1024;
    private static final int INCREMENTS = 1 << 20;
    private static final long SEED = 20260425L;
    private static final long TICK_NANOS = 1_000L;

    /** The precomputed U(0, 2N) increments (in ticks of 1 us, as nanoseconds) shared by every calendar. */
    static long[] increments(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] increments = new long[INCREMENTS];
        for (int i = 0; i < INCREMENTS; i++) {
            increments[i] = (long) (random.nextDouble() * 2 * n * TICK_NANOS);
        }
        return increments;
    }

    /** What every state shares: the population N and the replay position in the increments. */
    @State(Scope.Thread)
    public abstract static class Hold {
        @Param({"1000", "10000", "100000", "1000000"})
        public int n;

        long[] increments;
        int next;

        void prepare() {
            increments = increments(n);
            next = 0;
        }

        final long nextIncrement() {
            long increment = increments[next];
            next = (next + 1) & (INCREMENTS - 1);
            return increment;
        }
    }

    private static final Event NOTHING = sim -> { };

    @State(Scope.Thread)
    public static class OursState extends Hold {
        HeapCalendar calendar;

        @Setup
        public void setUp() {
            prepare();
            calendar = new HeapCalendar(n);
            for (int i = 0; i < n; i++) {
                calendar.add(nextIncrement(), NOTHING);
            }
        }
    }

    @State(Scope.Thread)
    public static class PriorityQueueState extends Hold {
        PriorityQueueCalendar calendar;

        @Setup
        public void setUp() {
            prepare();
            calendar = new PriorityQueueCalendar();
            for (int i = 0; i < n; i++) {
                calendar.add(nextIncrement(), NOTHING);
            }
        }
    }

    /** An SSJ event that does nothing; the benchmark moves it in and out of the list itself. */
    static final class SsjEvent extends umontreal.ssj.simevents.Event {
        SsjEvent(umontreal.ssj.simevents.Simulator sim) {
            super(sim);
        }

        @Override
        public void actions() {
        }

        /**
         * Sets the time of an event just taken out of the list. SSJ's {@code setTime} refuses events it
         * still thinks scheduled (its own {@code Simulator} clears the time on removal), so this writes the
         * field directly, as SSJ's scheduling does.
         */
        void moveTo(double time) {
            eventTime = time;
        }
    }

    @State(Scope.Thread)
    public static class SsjState extends Hold {
        SplayTree list;

        @Setup
        public void setUp() {
            prepare();
            list = new SplayTree();
            umontreal.ssj.simevents.Simulator sim = new umontreal.ssj.simevents.Simulator(list);
            for (int i = 0; i < n; i++) {
                SsjEvent event = new SsjEvent(sim);
                event.moveTo(nextIncrement());
                list.add(event);
            }
        }
    }

    @State(Scope.Thread)
    public static class SimulatorState extends Hold {
        Simulator sim;

        @Setup
        public void setUp() {
            prepare();
            sim = new Simulator(new HeapCalendar(n));
            Event reschedule = new Event() {
                @Override
                public void fire(Simulator s) {
                    s.schedule(nextIncrement(), this);
                }
            };
            for (int i = 0; i < n; i++) {
                sim.schedule(nextIncrement(), reschedule);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long heapCalendar(OursState s) {
        HeapCalendar calendar = s.calendar;
        long now = 0;
        for (int i = 0; i < BATCH; i++) {
            now = calendar.firstTime();
            Event event = calendar.removeFirst();
            calendar.add(now + s.nextIncrement(), event);
        }
        return now;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long priorityQueue(PriorityQueueState s) {
        PriorityQueueCalendar calendar = s.calendar;
        long now = 0;
        for (int i = 0; i < BATCH; i++) {
            now = calendar.firstTime();
            Event event = calendar.removeFirst();
            calendar.add(now + s.nextIncrement(), event);
        }
        return now;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double ssjSplayTree(SsjState s) {
        SplayTree list = s.list;
        double now = 0;
        for (int i = 0; i < BATCH; i++) {
            SsjEvent event = (SsjEvent) list.removeFirst();
            now = event.time();
            event.moveTo(now + s.nextIncrement());
            list.add(event);
        }
        return now;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long simulator(SimulatorState s) {
        Simulator sim = s.sim;
        for (int i = 0; i < BATCH; i++) {
            sim.step();
        }
        return sim.now();
    }
}
