package org.persistlab.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.analyzer.track.Sip.US;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.persistlab.analyzer.report.AnalysisOptions;
import org.persistlab.analyzer.report.AnalysisReport;
import org.persistlab.analyzer.report.WireAnalysis;
import org.persistlab.sip.WireEvent;

/**
 * Metrics that must not depend on how a capture happened to interleave or repeat packets: events a
 * few microseconds apart arriving in another order (several capture points), and messages repeated
 * (retransmissions or duplicated packets).
 */
class ArrivalOrderPropertiesTest {
    private static final long WINDOW = 5 * US;

    @Provide
    Arbitrary<List<LanStream.Ending>> endings() {
        return Arbitraries.of(LanStream.Ending.class).list().ofMinSize(0).ofMaxSize(5);
    }

    private static AnalysisReport analyse(List<WireEvent> events) {
        return analyse(events, AnalysisOptions.defaults());
    }

    private static AnalysisReport analyse(List<WireEvent> events, AnalysisOptions options) {
        WireAnalysis analysis = new WireAnalysis(options);
        events.forEach(analysis::accept);
        return analysis.finish();
    }

    /** Arrival order: each event delayed by a random amount under the window, timestamps untouched. */
    private static List<WireEvent> reorder(List<WireEvent> events, long seed) {
        Random r = new Random(seed);
        List<long[]> keyed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            keyed.add(new long[] {events.get(i).timeNanos() + (long) (r.nextDouble() * WINDOW), i});
        }
        keyed.sort(Comparator.comparingLong((long[] k) -> k[0]).thenComparingLong(k -> k[1]));
        List<WireEvent> out = new ArrayList<>();
        keyed.forEach(k -> out.add(events.get((int) k[1])));
        return out;
    }

    @net.jqwik.api.Example
    void theReorderingReallySwapsRequestsAndResponses() {
        List<WireEvent> inOrder = LanStream.generate(7, 3, List.of(LanStream.Ending.values()), true);
        List<WireEvent> shuffled = reorder(inOrder, 11);
        int responsesFirst = 0;
        for (int i = 0; i + 1 < shuffled.size(); i++) {
            WireEvent a = shuffled.get(i);
            WireEvent b = shuffled.get(i + 1);
            if (a.timeNanos() > b.timeNanos() && a.message().isResponse() && b.message().isRequest()) {
                responsesFirst++;
            }
        }
        assertThat(shuffled).isNotEqualTo(inOrder).containsExactlyInAnyOrderElementsOf(inOrder);
        assertThat(responsesFirst).isGreaterThan(5);
    }

    /**
     * Also with no reorder window, so that the trackers themselves (responses held until their
     * request, 487 judged at release, first times as minima) are what is tested.
     */
    @Property(tries = 60)
    void reorderingWithinAFewMicrosecondsChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int phones,
                                                        @ForAll("endings") List<LanStream.Ending> calls,
                                                        @ForAll boolean failback, @ForAll long shuffleSeed,
                                                        @ForAll boolean noWindow) {
        AnalysisOptions options = AnalysisOptions.defaults().withReorderWindow(noWindow ? 0 : 10 * US);
        List<WireEvent> inOrder = LanStream.generate(seed, phones, calls, failback);
        List<WireEvent> shuffled = reorder(inOrder, shuffleSeed);

        assertThat(analyse(shuffled, options).toTree()).isEqualTo(analyse(inOrder, options).toTree());
    }

    @Property(tries = 60)
    void repeatedMessagesArrivingInAnyOrderAreRetransmissionsAndChangeOnlyTheCounts(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int phones,
            @ForAll("endings") List<LanStream.Ending> calls, @ForAll boolean failback, @ForAll long dupSeed) {
        List<WireEvent> original = LanStream.generate(seed, phones, calls, failback);
        Random r = new Random(dupSeed);
        List<WireEvent> withCopies = new ArrayList<>(original);
        List<WireEvent> copies = new ArrayList<>();
        for (WireEvent e : original) {
            if (r.nextInt(4) == 0) {
                WireEvent copy = new WireEvent(e.timeNanos() + 1 + r.nextInt(3_000), e.src(), e.dst(), e.transport(),
                        e.message());
                copies.add(copy);
                withCopies.add(copy);
            }
        }
        withCopies.sort(Comparator.comparingLong(WireEvent::timeNanos));
        AnalysisReport base = analyse(original);
        // copies a few microseconds late may also arrive before their original
        AnalysisReport dup = analyse(reorder(withCopies, dupSeed));

        assertThat(dup.sip().messages()).isEqualTo(base.sip().messages() + copies.size());
        assertThat(dup.sip().retransmissions()).isEqualTo(base.sip().retransmissions() + copies.size());
        Map<String, Long> requests = new LinkedHashMap<>(base.sip().requests());
        Map<String, Long> responses = new LinkedHashMap<>(base.sip().responses());
        for (WireEvent c : copies) {
            if (c.message().isRequest()) {
                requests.merge(c.message().method(), 1L, Long::sum);
            } else {
                responses.merge(Integer.toString(c.message().statusCode()), 1L, Long::sum);
            }
        }
        assertThat(dup.sip().requests()).isEqualTo(requests);
        assertThat(dup.sip().responses()).isEqualTo(responses);

        assertThat(dup.calls()).isEqualTo(base.calls());
        RegistrationSummary b = base.registrations();
        RegistrationSummary d = dup.registrations();
        assertThat(List.of(d.attempts(), d.succeeded(), d.failed(), d.challenges(), d.addressesOfRecord()))
                .isEqualTo(List.of(b.attempts(), b.succeeded(), b.failed(), b.challenges(), b.addressesOfRecord()));
        assertThat(d.iraPct()).isEqualTo(b.iraPct());
        assertThat(d.rrd()).isEqualTo(b.rrd());
        assertThat(d.registerMessages()).isGreaterThanOrEqualTo(b.registerMessages());

        assertThat(dup.failover().latency()).isEqualTo(base.failover().latency());
        for (int i = 0; i < base.failover().phones().size(); i++) {
            PhoneFailover x = base.failover().phones().get(i);
            PhoneFailover y = dup.failover().phones().get(i);
            // a repeated response may be the last sign of life, a few microseconds later
            assertThat(new PhoneFailover(y.phone(), y.primary(), y.gateway(), x.lastPrimarySignNanos(),
                    y.firstUnansweredNanos(), y.firstGatewayRequestNanos(), y.gatewayRegisteredNanos(),
                    y.failbackNanos(), y.latencyNanos())).isEqualTo(x);
            if (x.lastPrimarySignNanos() != null) {
                assertThat(y.lastPrimarySignNanos() - x.lastPrimarySignNanos()).isBetween(0L, 3 * US);
            }
        }
    }
}
