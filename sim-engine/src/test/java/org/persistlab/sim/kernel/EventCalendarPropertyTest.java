package org.persistlab.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of add, cancel (of live, fired, cancelled and never-issued handles) and remove-first
 * on each calendar, against the simplest possible reference: a list of (time, sequence) entries whose
 * minimum is found by a linear scan.
 */
class EventCalendarPropertyTest {

    /** One operation: 0 = add at {@code time}, 1 = cancel the {@code pick}-th handle issued so far, 2 = remove first. */
    record Op(int kind, long time, int pick) {
    }

    /** The reference calendar: pending entries in a plain list, minimum by (time, seq). */
    private static final class Reference {
        record Entry(long time, long seq, int id) {
        }

        final List<Entry> pending = new ArrayList<>();
        long nextSeq;

        void add(long time, int id) {
            pending.add(new Entry(time, nextSeq++, id));
        }

        boolean cancel(int id) {
            return pending.removeIf(e -> e.id() == id);
        }

        boolean isPending(int id) {
            return pending.stream().anyMatch(e -> e.id() == id);
        }

        Entry removeFirst() {
            Entry best = pending.get(0);
            for (Entry e : pending) {
                if (e.time() < best.time() || (e.time() == best.time() && e.seq() < best.seq())) {
                    best = e;
                }
            }
            pending.remove(best);
            return best;
        }
    }

    /** A handler that only carries its id, so the order of removal can be compared. */
    private record Tag(int id) implements Event {
        @Override
        public void fire(Simulator sim) {
        }
    }

    @Property(tries = 300)
    void heapCalendarMatchesReference(@ForAll("operations") List<Op> ops) {
        check(HeapCalendar::new, ops);
    }

    @Property(tries = 100)
    void smallHeapCalendarMatchesReferenceWhileGrowing(@ForAll("operations") List<Op> ops) {
        check(() -> new HeapCalendar(1), ops);
    }

    @Property(tries = 100)
    void heapCalendarKeepsOrderAcrossSequenceRenumbering(@ForAll("operations") List<Op> ops) {
        // Sequence numbers start 40 below the limit, so most runs renumber once or more in the middle.
        check(() -> new HeapCalendar(4, HeapCalendar.SEQ_LIMIT - 40), ops);
    }

    @Property(tries = 100)
    void priorityQueueCalendarMatchesReference(@ForAll("operations") List<Op> ops) {
        check(PriorityQueueCalendar::new, ops);
    }

    private static void check(Supplier<EventCalendar> factory, List<Op> ops) {
        EventCalendar calendar = factory.get();
        Reference reference = new Reference();
        List<Long> handles = new ArrayList<>();
        for (Op op : ops) {
            switch (op.kind()) {
                case 0 -> {
                    int id = handles.size();
                    long handle = calendar.add(op.time(), new Tag(id));
                    assertThat(handle).isNotEqualTo(EventCalendar.NO_EVENT);
                    handles.add(handle);
                    reference.add(op.time(), id);
                }
                case 1 -> {
                    if (handles.isEmpty()) {
                        assertThat(calendar.cancel(EventCalendar.NO_EVENT)).isFalse();
                        continue;
                    }
                    int id = op.pick() % handles.size();
                    long handle = handles.get(id);
                    boolean pending = reference.isPending(id);
                    assertThat(calendar.isPending(handle)).isEqualTo(pending);
                    if (pending) {
                        long expectedTime = reference.pending.stream().filter(e -> e.id() == id).findFirst()
                                .orElseThrow().time();
                        assertThat(calendar.timeOf(handle)).isEqualTo(expectedTime);
                    }
                    assertThat(calendar.cancel(handle)).isEqualTo(reference.cancel(id));
                    assertThat(calendar.isPending(handle)).isFalse();
                }
                default -> {
                    if (reference.pending.isEmpty()) {
                        assertThat(calendar.isEmpty()).isTrue();
                        continue;
                    }
                    Reference.Entry expected = reference.removeFirst();
                    assertThat(calendar.firstTime()).isEqualTo(expected.time());
                    Tag fired = (Tag) calendar.removeFirst();
                    assertThat(fired.id()).isEqualTo(expected.id());
                    assertThat(calendar.isPending(handles.get(fired.id()))).isFalse();
                }
            }
            assertThat(calendar.size()).isEqualTo(reference.pending.size());
        }
        // Drain: what is left comes out in reference order too.
        while (!reference.pending.isEmpty()) {
            assertThat(((Tag) calendar.removeFirst()).id()).isEqualTo(reference.removeFirst().id());
        }
        assertThat(calendar.isEmpty()).isTrue();
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        // Times from a small range so that equal times are frequent and FIFO is exercised.
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.longs().between(0, 20),
                Arbitraries.integers().between(0, 1_000))
                .as((roll, time, pick) -> new Op(roll < 5 ? 0 : roll < 7 ? 1 : 2, time, pick));
        return op.list().ofMinSize(0).ofMaxSize(300);
    }
}
