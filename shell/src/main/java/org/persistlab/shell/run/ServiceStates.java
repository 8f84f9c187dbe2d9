package org.persistlab.shell.run;

import java.util.List;
import java.util.Locale;
import org.persistlab.sim.phone.ServiceState;

/** How the phones' service states are named on screen and in reports, in the order charts stack them. */
final class ServiceStates {
    /** Bottom to top: service first, then the way down, then the way back. */
    static final List<ServiceState> ORDER = List.of(ServiceState.ON_ACO, ServiceState.DETECTING,
            ServiceState.SEARCHING, ServiceState.LIMITED_SERVICE, ServiceState.FAILING_BACK, ServiceState.NO_SERVICE,
            ServiceState.STARTING);

    private ServiceStates() {
    }

    /** The key in the report tree ({@code limited_service}). */
    static String key(ServiceState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** The label people read ({@code Limited Service (IP Office)}). */
    static String label(ServiceState s) {
        return switch (s) {
            case STARTING -> "starting";
            case ON_ACO -> "on ACO";
            case DETECTING -> "detecting loss";
            case SEARCHING -> "searching";
            case LIMITED_SERVICE -> "Limited Service (IP Office)";
            case NO_SERVICE -> "no service";
            case FAILING_BACK -> "failing back";
        };
    }
}
