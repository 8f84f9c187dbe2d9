package org.persistlab.sim.kernel;

/**
 * Optional second face of an {@link Event}: what the trace calls it. A handler that does not
 * implement this is traced under its class name (see {@link #kindOf(Event)}) with entity 0.
 */
public interface Traced {
    /** A short, stable name of what the event does, such as {@code "register-timer"}. */
    String kind();

    /** The model entity the event belongs to, such as a phone's index; 0 when it belongs to none. */
    long entity();

    /**
     * The trace kind of any handler. For untraced lambdas the JVM's generated class name carries a
     * counter and an address that may differ between runs, so everything from {@code $$Lambda} on is
     * cut off: a trace must read the same in every run.
     */
    static String kindOf(Event event) {
        if (event instanceof Traced traced) {
            return traced.kind();
        }
        String name = event.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        if (lambda >= 0) {
            name = name.substring(0, lambda);
        }
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The trace entity of any handler: {@link #entity()} for a {@link Traced} one, else 0. */
    static long entityOf(Event event) {
        return event instanceof Traced traced ? traced.entity() : 0L;
    }
}
