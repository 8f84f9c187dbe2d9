package org.persistlab.analyzer.report;

import org.persistlab.analyzer.track.TrackTimers;
import org.persistlab.sip.Endpoint;

/**
 * How to analyse a stream of wire events.
 *
 * @param primary          the primary registrar ({@code --primary}); port 0 means any port at that
 *                         address; {@code null} to infer it per phone from the order of registrations
 * @param gateway          the gateway registrar ({@code --gateway}), same conventions
 * @param timers           T1 and the idle timeouts that bound tracked state
 * @param maxSeriesSeconds the longest per-second series kept (default 1,000,000 s, about 11.6 days),
 *                         so that one absurd timestamp cannot allocate years of buckets
 * @param reorderWindowNanos events arriving out of time order by up to this much are processed in
 *                         time order (0 processes them in arrival order)
 */
public record AnalysisOptions(Endpoint primary, Endpoint gateway, TrackTimers timers, int maxSeriesSeconds,
                              long reorderWindowNanos) {
    public static final int DEFAULT_MAX_SERIES_SECONDS = 1_000_000;
    /**
     * ASSUMPTION: 10 ms, far above the microseconds between capture points or a reassembled
     * message's emission, far below any SIP timer (T1 = 500 ms).
     */
    public static final long DEFAULT_REORDER_WINDOW_NANOS = 10_000_000L;

    public AnalysisOptions {
        if (timers == null) {
            throw new IllegalArgumentException("timers must not be null");
        }
        if (maxSeriesSeconds <= 0) {
            throw new IllegalArgumentException("maxSeriesSeconds must be positive, not " + maxSeriesSeconds);
        }
        if (reorderWindowNanos < 0) {
            throw new IllegalArgumentException("reorderWindowNanos must not be negative, not " + reorderWindowNanos);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, null, TrackTimers.defaults(), DEFAULT_MAX_SERIES_SECONDS,
                DEFAULT_REORDER_WINDOW_NANOS);
    }

    public AnalysisOptions withPrimary(Endpoint p) {
        return new AnalysisOptions(p, gateway, timers, maxSeriesSeconds, reorderWindowNanos);
    }

    public AnalysisOptions withGateway(Endpoint g) {
        return new AnalysisOptions(primary, g, timers, maxSeriesSeconds, reorderWindowNanos);
    }

    public AnalysisOptions withReorderWindow(long nanos) {
        return new AnalysisOptions(primary, gateway, timers, maxSeriesSeconds, nanos);
    }

    public AnalysisOptions withTimers(TrackTimers t) {
        return new AnalysisOptions(primary, gateway, t, maxSeriesSeconds, reorderWindowNanos);
    }
}
