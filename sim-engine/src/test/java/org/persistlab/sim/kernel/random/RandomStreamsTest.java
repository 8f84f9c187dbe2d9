package org.persistlab.sim.kernel.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static double[] draws(RandomStream stream, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = stream.nextDouble();
        }
        return out;
    }

    @Property(tries = 200)
    void everyMasterSeedMapsToAValidSeed(@ForAll long masterSeed) {
        long[] words = RandomStreams.seedWords(masterSeed);
        Mrg32k3a.validateSeed(words); // throws if a word is out of range or a triple is zero
        assertThat(RandomStreams.seedWords(masterSeed)).containsExactly(words);
    }

    @Test
    void seedWordsFollowTheDocumentedSplitMix64Mapping() {
        // SplitMix64 written out longhand for seed 0: state advances by the golden gamma before each output.
        long state = 0;
        long[] expected = new long[6];
        for (int i = 0; i < 6; i++) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z ^= z >>> 31;
            expected[i] = Long.remainderUnsigned(z, i < 3 ? Mrg32k3a.M1 : Mrg32k3a.M2);
        }
        assertThat(RandomStreams.seedWords(0)).containsExactly(expected);
        // SplitMix64(0)'s first output is the published 0xe220a8397b1dcdaf (java.util.SplittableRandom agrees).
        assertThat(new java.util.SplittableRandom(0).nextLong()).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(expected[0]).isEqualTo(Long.remainderUnsigned(0xe220a8397b1dcdafL, Mrg32k3a.M1));
    }

    @Test
    void creationOrderDoesNotMatter() {
        RandomStreams first = new RandomStreams(42);
        double[] aThenB = draws(first.stream("phone-1"), 50);
        first.stream("phone-2");

        RandomStreams second = new RandomStreams(42);
        for (int i = 0; i < 100; i++) {
            second.stream("other-" + i).nextDouble();
        }
        assertThat(draws(second.stream("phone-1"), 50)).containsExactly(aThenB);
    }

    @Test
    void sameKeySameDrawsDifferentKeysOrSeedsDiffer() {
        double[] a = draws(new RandomStreams(7).stream(3), 20);
        assertThat(draws(new RandomStreams(7).stream(3), 20)).containsExactly(a);
        assertThat(draws(new RandomStreams(7).stream(4), 20)).isNotEqualTo(a);
        assertThat(draws(new RandomStreams(8).stream(3), 20)).isNotEqualTo(a);
        assertThat(draws(new RandomStreams(7).stream("x"), 20))
                .isNotEqualTo(draws(new RandomStreams(7).stream("y"), 20));
    }

    @Test
    void replicationsAreSubstreamsOfTheSameStream() {
        RandomStreams streams = new RandomStreams(99);
        RandomStream stepped = streams.stream("gateway");
        stepped.resetNextSubstream();
        stepped.resetNextSubstream();
        stepped.resetNextSubstream();
        RandomStream replication3 = streams.forReplication(3).stream("gateway");
        assertThat(draws(replication3, 10)).containsExactly(draws(stepped, 10));
        assertThat(streams.forReplication(3).replication()).isEqualTo(3);

        // Back to the start of the stream is substream 0 whatever the replication.
        replication3.resetStartStream();
        assertThat(draws(replication3, 10)).containsExactly(draws(streams.stream("gateway"), 10));
        assertThatThrownBy(() -> streams.forReplication(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetStartSubstreamReplaysTheSameDraws() {
        RandomStream stream = new RandomStreams(5).forReplication(2).stream(11);
        double[] first = draws(stream, 30);
        stream.resetStartSubstream();
        assertThat(draws(stream, 30)).containsExactly(first);
    }

    @Test
    void keysOfNamesAreStableAndSpread() {
        // FNV-1a of "" is the offset basis; the key is that value through the SplitMix64 finaliser.
        long z = 0xcbf29ce484222325L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        assertThat(RandomStreams.keyOf("")).isEqualTo(z ^ (z >>> 31));

        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(RandomStreams.keyOf("phone-" + i));
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void integersStayInTheirRange() {
        RandomStream stream = new RandomStreams(1).stream(0);
        int[] counts = new int[3];
        for (int i = 0; i < 3_000; i++) {
            counts[stream.nextInt(-1, 1) + 1]++;
        }
        for (int count : counts) {
            assertThat(count).isBetween(850, 1150); // 1000 expected, binomial sd about 26
        }
        assertThatThrownBy(() -> stream.nextInt(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
