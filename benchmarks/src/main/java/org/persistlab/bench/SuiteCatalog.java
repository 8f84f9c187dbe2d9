package org.persistlab.bench;

import java.util.List;
import java.util.Optional;
import org.persistlab.bench.calendar.CalendarSuite;
import org.persistlab.bench.capture.CaptureSuite;
import org.persistlab.bench.gateway.GatewaySuite;
import org.persistlab.bench.parser.ParserSuite;
import org.persistlab.bench.simulation.SimulationSuite;

/** Every suite the benchmarks jar knows, in the order they run when none is named. */
public final class SuiteCatalog {
    private final List<Suite> suites;

    public SuiteCatalog(List<Suite> suites) {
        this.suites = List.copyOf(suites);
    }

    public static SuiteCatalog standard() {
        return new SuiteCatalog(List.of(ParserSuite.suite(), GatewaySuite.suite(), CaptureSuite.suite(),
                CalendarSuite.suite(), SimulationSuite.suite()));
    }

    public List<Suite> all() {
        return suites;
    }

    public Optional<Suite> find(String name) {
        return suites.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return suites.stream().map(Suite::name).toList();
    }
}
