package org.persistlab.sim.kernel.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * MRG32k3a against published reference values and against itself (jumps against single steps).
 *
 * <p>Oracles: the transition matrices A^(2^76) and A^(2^127) printed in L'Ecuyer's RngStream.cpp
 * (umontreal-simul/RngStreams, the package of L'Ecuyer, Simard, Chen and Kelton 2002), and the expected
 * output of its test program, tests/test2RngStream.res, which starts its streams from the default seed
 * 12345 x 6 (the seed SSJ uses too). Stream g1 there is our stream 0, g2 stream 1, g3 stream 2.
 */
class Mrg32k3aTest {

    private static final long[] DEFAULT_SEED = {12345, 12345, 12345, 12345, 12345, 12345};

    @Test
    void jumpMatricesEqualThePublishedTables() {
        assertThat(Mrg32k3a.transitionToPowerOfTwo(1, 76)).isDeepEqualTo(new long[][] {
            {82758667L, 1871391091L, 4127413238L},
            {3672831523L, 69195019L, 1871391091L},
            {3672091415L, 3528743235L, 69195019L}});
        assertThat(Mrg32k3a.transitionToPowerOfTwo(2, 76)).isDeepEqualTo(new long[][] {
            {1511326704L, 3759209742L, 1610795712L},
            {4292754251L, 1511326704L, 3889917532L},
            {3859662829L, 4292754251L, 3708466080L}});
        assertThat(Mrg32k3a.transitionToPowerOfTwo(1, 127)).isDeepEqualTo(new long[][] {
            {2427906178L, 3580155704L, 949770784L},
            {226153695L, 1230515664L, 3580155704L},
            {1988835001L, 986791581L, 1230515664L}});
        assertThat(Mrg32k3a.transitionToPowerOfTwo(2, 127)).isDeepEqualTo(new long[][] {
            {1464411153L, 277697599L, 1610723613L},
            {32183930L, 1464411153L, 1022607788L},
            {2824425944L, 32183930L, 2093834863L}});
    }

    @Test
    void streamsOfTheDefaultSeedStartWhereRngStreamsSaysTheyStart() {
        RandomStreams streams = RandomStreams.fromSeedWords(DEFAULT_SEED);
        assertThat(streams.stream(0).state()).containsExactly(DEFAULT_SEED);
        assertThat(streams.stream(1).state())
                .containsExactly(3692455944L, 1366884236L, 2968912127L, 335948734L, 4161675175L, 475798818L);
        assertThat(streams.stream(2).state())
                .containsExactly(1015873554L, 1310354410L, 2249465273L, 994084013L, 2912484720L, 3876682925L);
    }

    @Test
    void streamsOfSeedAllOnesStartWhereRngStreamsSaysTheyStart() {
        RandomStreams streams = RandomStreams.fromSeedWords(1, 1, 1, 1, 1, 1);
        assertThat(streams.stream(1).state())
                .containsExactly(2662865579L, 741857976L, 4206142246L, 3352832365L, 2519202871L, 655500294L);
        assertThat(streams.stream(2).state())
                .containsExactly(3784663252L, 802042081L, 160569404L, 3391851556L, 2150317468L, 54240022L);
        assertThat(streams.stream(3).state())
                .containsExactly(3276123839L, 3170955788L, 1470482105L, 884064067L, 1017894425L, 16401881L);
    }

    @Test
    void thirtyFiveStepsMatchThePublishedStateAndNextValue() {
        long[] published = {1040577685L, 3747037609L, 277208355L, 1712706441L, 627445683L, 2408037141L};

        long[] jumped = DEFAULT_SEED.clone();
        Mrg32k3a.advance(jumped, 35);
        assertThat(jumped).containsExactly(published);

        RandomStream stepped = new RandomStream(DEFAULT_SEED);
        for (int i = 0; i < 35; i++) {
            stepped.nextDouble();
        }
        assertThat(stepped.state()).containsExactly(published);
        assertThat(stepped.nextDouble()).isCloseTo(0.07941673614985, within(1e-13));
    }

    @Test
    void thirtyFiveRandomIntegersSumAsPublished() {
        RandomStream g1 = new RandomStream(DEFAULT_SEED);
        long sum = 0;
        for (int i = 0; i < 35; i++) {
            sum += g1.nextInt(1, 10);
        }
        assertThat(sum).isEqualTo(186);
    }

    @Test
    void firstValuesOfStreamTwoAndOfItsFourthSubstreamMatchThePublishedOutput() {
        RandomStream g3 = RandomStreams.fromSeedWords(DEFAULT_SEED).stream(2);
        double[] start = {0.7285097861965, 0.9655872822837, 0.9961841304801, 0.1149884161813, 0.9731454191297};
        for (double expected : start) {
            assertThat(g3.nextDouble()).isCloseTo(expected, within(1e-12));
        }
        for (int i = 0; i < 4; i++) {
            g3.resetNextSubstream();
        }
        double[] fourth = {0.1734545396358, 0.03286351608942, 0.2643169129682, 0.3059403602117, 0.5476303035177};
        for (double expected : fourth) {
            assertThat(g3.nextDouble()).isCloseTo(expected, within(1e-12));
        }
        // The same substream reached directly, by replication number.
        RandomStream direct = RandomStreams.fromSeedWords(DEFAULT_SEED).forReplication(4).stream(2);
        assertThat(direct.nextDouble()).isCloseTo(fourth[0], within(1e-12));
    }

    @Property(tries = 60)
    void jumpingAheadEqualsSteppingOneByOne(@ForAll @IntRange(min = 0, max = 3_000) int steps,
                                            @ForAll @LongRange(min = 0, max = 1_000) long key) {
        RandomStream stepped = RandomStreams.fromSeedWords(DEFAULT_SEED).stream(key);
        long[] jumped = stepped.state();
        for (int i = 0; i < steps; i++) {
            stepped.nextDouble();
        }
        Mrg32k3a.advance(jumped, steps);
        assertThat(jumped).containsExactly(stepped.state());
    }

    @Property(tries = 60)
    void streamJumpsAdd(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long a,
                        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long b) {
        long[] twoJumps = DEFAULT_SEED.clone();
        Mrg32k3a.jumpToStream(twoJumps, a, 0);
        Mrg32k3a.jumpToStream(twoJumps, b, 0);
        long[] oneJump = DEFAULT_SEED.clone();
        Mrg32k3a.jumpToStream(oneJump, a + b, 0);
        assertThat(twoJumps).containsExactly(oneJump);
    }

    @Property(tries = 60)
    void substreamJumpsAdd(@ForAll @LongRange(min = 0, max = (1L << 49)) long a,
                           @ForAll @LongRange(min = 0, max = (1L << 49)) long b) {
        long[] twoJumps = DEFAULT_SEED.clone();
        Mrg32k3a.jumpToStream(twoJumps, 0, a);
        Mrg32k3a.jumpToStream(twoJumps, 0, b);
        long[] oneJump = DEFAULT_SEED.clone();
        Mrg32k3a.jumpToStream(oneJump, 0, a + b);
        assertThat(twoJumps).containsExactly(oneJump);
    }

    @Test
    void aFullSetOfSubstreamsIsOneStream() {
        // 2^51 substreams of 2^76 steps are exactly one stream of 2^127 steps.
        long[] bySubstreams = DEFAULT_SEED.clone();
        Mrg32k3a.jumpToStream(bySubstreams, 0, (1L << 50));
        Mrg32k3a.jumpToStream(bySubstreams, 0, (1L << 50));
        long[] byStream = DEFAULT_SEED.clone();
        Mrg32k3a.jumpToStream(byStream, 1, 0);
        assertThat(bySubstreams).containsExactly(byStream);
    }

    @Test
    void outputsStayStrictlyBetweenZeroAndOne() {
        RandomStream stream = new RandomStream(new long[] {1, 0, 0, 1, 0, 0});
        for (int i = 0; i < 100_000; i++) {
            assertThat(stream.nextDouble()).isStrictlyBetween(0.0, 1.0);
        }
    }

    @Test
    void badSeedsAreRefusedWithTheRuleTheyBreak() {
        assertThatThrownBy(() -> Mrg32k3a.validateSeed(new long[] {0, 0, 0, 1, 1, 1}))
                .hasMessageContaining("words 0 to 2 are all zero");
        assertThatThrownBy(() -> Mrg32k3a.validateSeed(new long[] {1, 1, 1, 0, 0, 0}))
                .hasMessageContaining("words 3 to 5 are all zero");
        assertThatThrownBy(() -> Mrg32k3a.validateSeed(new long[] {Mrg32k3a.M1, 1, 1, 1, 1, 1}))
                .hasMessageContaining("word 0");
        assertThatThrownBy(() -> Mrg32k3a.validateSeed(new long[] {1, 1, 1, 1, 1, Mrg32k3a.M2}))
                .hasMessageContaining("word 5");
        assertThatThrownBy(() -> Mrg32k3a.validateSeed(new long[] {1, 1, 1}))
                .hasMessageContaining("6 words");
        assertThatThrownBy(() -> Mrg32k3a.jumpToStream(DEFAULT_SEED.clone(), 0, 1L << 51))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
