package org.persistlab.bench.calendar;

import java.util.List;
import java.util.Map;
import org.persistlab.bench.RatioPair;
import org.persistlab.bench.Suite;

/**
 * The event-calendar suite ({@link HoldModelBenchmark}, the classic hold model) as {@code lab bench
 * calendar} runs it: our heap beside {@code java.util.PriorityQueue} and SSJ's default event list.
 */
public final class CalendarSuite {
    static final String SUITE = "calendar";
    static final String OURS = "heapCalendar";
    static final List<String> PEERS = List.of("priorityQueue", "ssjSplayTree");

    private CalendarSuite() {
    }

    /**
     * The suite as {@code lab bench calendar} runs it (through {@code BenchMain}): the three calendars
     * at every N, in a fixed 1 GB heap; quick and smoke runs take N = 1,000 and 100,000 only.
     */
    public static Suite suite() {
        return new Suite(SUITE, "hold-model events per second at N = 1e3..1e6: our HeapCalendar vs"
                + " java.util.PriorityQueue and SSJ's SplayTree",
                "^" + HoldModelBenchmark.class.getName().replace(".", "\\.") + "\\.(" + OURS + "|"
                        + String.join("|", PEERS) + ")$",
                PEERS.stream().map(p -> new RatioPair(OURS, p)).toList(), List.of("-Xms1g", "-Xmx1g"), false,
                Map.of("n", "1000,100000"));
    }
}
