package org.persistlab.analyzer.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TransactionMap} against {@link IdentityHashMap}. The transactions share four keys, so that
 * many of them have the same hash: the table probes, wraps around and shifts entries back on every
 * removal, and distinct transactions with equal keys must stay apart.
 */
class TransactionMapTest {
    @Provide
    Arbitrary<List<int[]>> operations() {
        // {kind, transaction index, value}
        return Arbitraries.integers().between(0, 2).flatMap(kind -> Arbitraries.integers().between(0, 59)
                .flatMap(t -> Arbitraries.integers().between(0, 9).map(v -> new int[] {kind, t, v})))
                .list().ofMaxSize(500);
    }

    @Property(tries = 200)
    void behavesAsAnIdentityMap(@ForAll("operations") List<int[]> ops) {
        List<Transaction> transactions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            transactions.add(new Transaction(new TransactionKey("z9hG4bK-" + i % 4, "INVITE", null, 0, null, null)));
        }
        TransactionMap<Integer> map = new TransactionMap<>();
        Map<Transaction, Integer> model = new IdentityHashMap<>();
        for (int[] op : ops) {
            Transaction t = transactions.get(op[1]);
            switch (op[0]) {
                case 0 -> assertThat(map.put(t, op[2])).isEqualTo(model.put(t, op[2]));
                case 1 -> assertThat(map.remove(t)).isEqualTo(model.remove(t));
                default -> assertThat(map.get(t)).isEqualTo(model.get(t));
            }
            assertThat(map.size()).isEqualTo(model.size());
        }
        for (Transaction t : transactions) {
            assertThat(map.get(t)).isEqualTo(model.get(t));
        }
    }
}
