package org.persistlab.sim.kernel.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs N replications of a {@link ReplicationTask}, one simulator per thread, and summarises each
 * metric. The report depends only on the task and N, never on the thread count or on which replication
 * finished first: results are gathered by index, and every sum runs in index order.
 *
 * <p>A replication that throws becomes a {@link ReplicationFailure} with its index and message; the
 * others still run and are summarised.
 */
public final class ReplicationRunner {

    private final int threads;

    /** A runner on all available processors. */
    public ReplicationRunner() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ReplicationRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count " + threads + " is below 1");
        }
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    /** Runs replications 0 to {@code replications - 1}. */
    public ReplicationReport run(int replications, ReplicationTask task) throws InterruptedException {
        return run(replications, task, done -> { });
    }

    /**
     * Runs replications 0 to {@code replications - 1}, telling {@code progress} how many have finished
     * after each one (from a worker thread, one call at a time).
     */
    public ReplicationReport run(int replications, ReplicationTask task, IntConsumer progress)
            throws InterruptedException {
        if (replications < 1) {
            throw new IllegalArgumentException("replication count " + replications + " is below 1");
        }
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(progress, "progress");
        AtomicInteger finished = new AtomicInteger();
        Object progressLock = new Object();
        int poolSize = Math.min(threads, replications);
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemonThreads());
        try {
            List<Future<Map<String, Double>>> futures = new ArrayList<>(replications);
            for (int i = 0; i < replications; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    try {
                        return task.run(index);
                    } finally {
                        synchronized (progressLock) {
                            progress.accept(finished.incrementAndGet());
                        }
                    }
                }));
            }
            List<ReplicationResult> results = new ArrayList<>();
            List<ReplicationFailure> failures = new ArrayList<>();
            for (int i = 0; i < replications; i++) {
                try {
                    Map<String, Double> metrics = futures.get(i).get();
                    if (metrics == null) {
                        failures.add(new ReplicationFailure(i, "the task returned no metrics"));
                    } else {
                        results.add(new ReplicationResult(i, new TreeMap<>(metrics)));
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add(new ReplicationFailure(i, cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                } catch (CancellationException e) {
                    failures.add(new ReplicationFailure(i, "cancelled"));
                }
            }
            return new ReplicationReport(results, failures, summarise(results));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Summaries per metric name, each over the replications that reported it, in index order. */
    static SortedMap<String, MetricSummary> summarise(List<ReplicationResult> results) {
        SortedMap<String, List<Double>> byName = new TreeMap<>();
        for (ReplicationResult result : results) {
            for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
                byName.computeIfAbsent(metric.getKey(), k -> new ArrayList<>()).add(metric.getValue());
            }
        }
        SortedMap<String, MetricSummary> summaries = new TreeMap<>();
        for (Map.Entry<String, List<Double>> entry : byName.entrySet()) {
            double[] values = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            summaries.put(entry.getKey(), MetricSummary.of(entry.getKey(), values));
        }
        return summaries;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "replication-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
