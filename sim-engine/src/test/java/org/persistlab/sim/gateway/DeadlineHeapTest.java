package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DeadlineHeapTest {
    private static final int HANDLES = 12;

    @Test
    void equalDeadlinesFireInTheOrderTheyWereArmed() {
        DeadlineHeap heap = new DeadlineHeap(4);
        heap.schedule(3, 100);
        heap.schedule(1, 100);
        heap.schedule(2, 50);
        heap.schedule(0, 100);
        assertThat(new int[] {heap.pop(), heap.pop(), heap.pop(), heap.pop()}).containsExactly(2, 3, 1, 0);
        assertThat(heap.peekTime()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(heap::pop).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reschedulingMovesTheOneDeadlineAHandleHas() {
        DeadlineHeap heap = new DeadlineHeap(2);
        heap.schedule(0, 100);
        heap.schedule(0, 10);
        assertThat(heap.size()).isEqualTo(1);
        assertThat(heap.deadlineOf(0)).isEqualTo(10);
        assertThat(heap.cancel(0)).isTrue();
        assertThat(heap.cancel(0)).isFalse();
        assertThat(heap.deadlineOf(0)).isEqualTo(Long.MAX_VALUE);
    }

    /** One operation on both the heap and a TreeMap keyed by (time, arming order): the reference. */
    record Op(int kind, int handle, long time) { }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Arbitraries.integers().between(0, 9).flatMap(kind ->
                Arbitraries.integers().between(0, HANDLES - 1).flatMap(handle ->
                        Arbitraries.longs().between(0, 20).map(time -> new Op(kind, handle, time))));
        return op.list().ofMaxSize(200);
    }

    @Property(tries = 300)
    void behavesLikeASortedMapOfTimeThenArmingOrder(@ForAll("ops") @Size(max = 200) List<Op> ops) {
        DeadlineHeap heap = new DeadlineHeap(HANDLES);
        TreeMap<long[], Integer> reference = new TreeMap<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                : Long.compare(x[1], y[1]));
        Map<Integer, long[]> keyOf = new HashMap<>();
        long seq = 0;
        for (Op op : ops) {
            if (op.kind() < 6) {
                long[] old = keyOf.remove(op.handle());
                if (old != null) {
                    reference.remove(old);
                }
                long[] key = {op.time(), seq++};
                reference.put(key, op.handle());
                keyOf.put(op.handle(), key);
                heap.schedule(op.handle(), op.time());
            } else if (op.kind() < 8) {
                long[] old = keyOf.remove(op.handle());
                if (old != null) {
                    reference.remove(old);
                }
                assertThat(heap.cancel(op.handle())).isEqualTo(old != null);
            } else if (!reference.isEmpty()) {
                Map.Entry<long[], Integer> first = reference.pollFirstEntry();
                keyOf.remove(first.getValue());
                assertThat(heap.peekTime()).isEqualTo(first.getKey()[0]);
                assertThat(heap.pop()).isEqualTo(first.getValue());
            }
            assertThat(heap.size()).isEqualTo(reference.size());
            assertThat(heap.peekTime()).isEqualTo(reference.isEmpty() ? Long.MAX_VALUE : reference.firstKey()[0]);
        }
    }
}
