package org.persistlab.shell.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.Outbox;
import org.persistlab.sip.WireEvent;

/**
 * The one thread that touches the gateway core. The core is not thread-safe, so every message, every
 * timer and every query goes through this loop: it takes work from a bounded queue, and between
 * messages it sleeps until the core's next deadline and then calls {@code onTimer}. Time is
 * {@link System#nanoTime()} since the loop started, read on this thread only, so the core sees it
 * never go backwards.
 *
 * <p>A full queue drops the message (as a saturated UDP socket would) and counts it, so memory stays
 * bounded under a flood; UDP senders retransmit, and JAIN-SIP's transactions already bound TCP.
 */
final class CoreLoop implements AutoCloseable {
    private final GatewayCore core;
    private final Outbox outbox;
    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    private final long origin = System.nanoTime();
    private final AtomicLong dropped = new AtomicLong();
    private final Consumer<RuntimeException> failures;
    private volatile boolean running = true;

    /** @param failures told of anything the core or the outbox threw; the loop goes on */
    CoreLoop(GatewayCore core, Outbox outbox, int capacity, Consumer<RuntimeException> failures) {
        this.core = core;
        this.outbox = outbox;
        this.failures = failures;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::loop, "lab-serve-core");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Nanoseconds since the loop was made; the core's clock. */
    long now() {
        return System.nanoTime() - origin;
    }

    /** Hands a message to the core; false (and counted) when the queue is full. */
    boolean deliver(WireEventSource event) {
        boolean queued = queue.offer(() -> {
            long now = now();
            core.handle(now, event.at(now), outbox);
        });
        if (!queued) {
            dropped.incrementAndGet();
        }
        return queued;
    }

    /** Runs a query on the core thread and waits for its answer (counters, views, connection closes). */
    <T> T call(Function<GatewayCore, T> query) throws InterruptedException {
        CompletableFuture<T> answer = new CompletableFuture<>();
        queue.put(() -> {
            try {
                answer.complete(query.apply(core));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /** Messages dropped because the core could not keep up. */
    long dropped() {
        return dropped.get();
    }

    private void loop() {
        while (running) {
            long deadline = core.nextDeadline();
            Runnable task;
            try {
                task = deadline == Long.MAX_VALUE ? queue.poll(100, TimeUnit.MILLISECONDS)
                        : queue.poll(Math.max(0, deadline - now()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (task != null) {
                    task.run();
                }
                if (core.nextDeadline() <= now()) {
                    core.onTimer(now(), outbox);
                }
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        }
    }

    /** Stops the loop after the task in hand; queued messages are dropped. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A message waiting for the core, stamped with the core's clock when it is handled. */
    @FunctionalInterface
    interface WireEventSource {
        WireEvent at(long nowNanos);
    }
}
