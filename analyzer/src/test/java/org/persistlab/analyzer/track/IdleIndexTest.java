package org.persistlab.analyzer.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link IdleIndex} against a model built from {@link LinkedHashMap}s (one per lane, in touch
 * order): the same entries found, released, expired and drained in the same order, whatever the
 * sequence of operations. Keys share a handful of hash codes so that the open-addressing table
 * probes, wraps around and shifts entries back on every removal.
 */
class IdleIndexTest {
    private static final int LANES = 2;
    private static final long TIMEOUT = 10;

    /** A key with only 3 distinct hash codes among the ids used. */
    record Key(int id) {
        @Override
        public int hashCode() {
            return id % 3;
        }
    }

    static final class Item extends IdleIndex.Entry<Key> {
        final Key key;
        long stamp;

        Item(Key key) {
            this.key = key;
        }

        @Override
        Key key() {
            return key;
        }

        @Override
        public String toString() {
            return key.id + "@" + stamp;
        }
    }

    /** The model: which item each key holds, and each lane's items in touch order. */
    private static final class Model {
        final Map<Key, Item> byKey = new HashMap<>();
        final List<LinkedHashMap<Key, Item>> lanes = new ArrayList<>();

        Model() {
            for (int i = 0; i < LANES; i++) {
                lanes.add(new LinkedHashMap<>());
            }
        }

        void touch(Item item, int lane) {
            byKey.put(item.key, item);
            lanes.forEach(l -> l.remove(item.key));
            lanes.get(lane).put(item.key, item);
        }

        Item remove(Key key) {
            lanes.forEach(l -> l.remove(key));
            return byKey.remove(key);
        }
    }

    @Provide
    Arbitrary<List<int[]>> operations() {
        // {kind, key id, lane}
        return Arbitraries.integers().between(0, 6).flatMap(kind -> Arbitraries.integers().between(0, 40)
                .flatMap(id -> Arbitraries.integers().between(0, LANES - 1).map(lane -> new int[] {kind, id, lane})))
                .list().ofMaxSize(400);
    }

    @Property(tries = 200)
    void behavesAsTheModel(@ForAll("operations") List<int[]> ops) {
        IdleIndex<Key, Item> index = new IdleIndex<>(LANES);
        Model model = new Model();
        ToLongFunction<Item> deadline = i -> i.stamp + TIMEOUT;
        long now = 0;
        for (int[] op : ops) {
            now++;
            Key key = new Key(op[1]);
            int lane = op[2];
            switch (op[0]) {
                case 0, 1 -> {
                    Item held = model.byKey.get(key);
                    Item item = op[0] == 0 || held == null ? new Item(key) : held;
                    item.stamp = now;
                    index.touch(item, lane);
                    model.touch(item, lane);
                }
                case 2 -> assertThat(index.remove(key)).isSameAs(model.remove(key));
                case 3 -> {
                    Item held = model.byKey.get(key);
                    if (held != null) {
                        index.release(held);
                        model.remove(key);
                    }
                }
                case 4 -> {
                    Item polled;
                    while ((polled = index.pollExpired(lane, now, deadline)) != null) {
                        Item expected = model.lanes.get(lane).values().iterator().next();
                        assertThat(polled).isSameAs(expected);
                        assertThat(deadline.applyAsLong(polled)).isLessThan(now);
                        model.remove(polled.key);
                    }
                    for (Item left : model.lanes.get(lane).values()) {
                        assertThat(deadline.applyAsLong(left)).isGreaterThanOrEqualTo(now);
                        break;
                    }
                }
                case 5 -> assertThat(index.drain(lane)).containsExactlyElementsOf(drainModel(model, lane));
                default -> assertThat(index.get(key)).isSameAs(model.byKey.get(key));
            }
            assertThat(index.size()).isEqualTo(model.byKey.size());
        }
        for (int id = 0; id <= 40; id++) {
            assertThat(index.get(new Key(id))).isSameAs(model.byKey.get(new Key(id)));
        }
        for (int lane = 0; lane < LANES; lane++) {
            assertThat(index.drain(lane)).containsExactlyElementsOf(drainModel(model, lane));
        }
        assertThat(index.size()).isZero();
    }

    private static List<Item> drainModel(Model model, int lane) {
        List<Item> out = new ArrayList<>(model.lanes.get(lane).values());
        out.forEach(i -> model.remove(i.key));
        return out;
    }

    @Test
    void growsPastItsFirstTableAndFindsEveryEntry() {
        IdleIndex<Key, Item> index = new IdleIndex<>();
        List<Item> items = new ArrayList<>();
        for (int id = 0; id < 1000; id++) {
            Item item = new Item(new Key(id));
            items.add(item);
            index.touch(item);
        }
        assertThat(index.size()).isEqualTo(1000);
        for (Item item : items) {
            assertThat(index.get(new Key(item.key.id))).isSameAs(item);
        }
        assertThat(index.drain()).containsExactlyElementsOf(items);
    }

    @Test
    void anEntryTouchedUnderTheKeyOfAnotherReplacesIt() {
        IdleIndex<Key, Item> index = new IdleIndex<>(LANES);
        Item first = new Item(new Key(7));
        Item second = new Item(new Key(7));
        index.touch(first, 0);
        index.touch(second, 1);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get(new Key(7))).isSameAs(second);
        assertThat(index.drain(0)).isEmpty();
        assertThat(index.drain(1)).containsExactly(second);
    }
}
