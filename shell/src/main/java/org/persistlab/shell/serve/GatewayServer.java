package org.persistlab.shell.serve;

import gov.nist.javax.sip.SipStackImpl;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import org.persistlab.shell.cli.LabException;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.Transport;

/**
 * {@code lab serve}'s engine: the sans-IO IP Office gateway core on real sockets. JAIN-SIP (NIST RI)
 * listens on the configured transports and runs the transactions, a {@link JainSipBridge} turns its
 * messages into the core's {@code WireEvent}s and the core's sends back into JAIN-SIP messages, and a
 * {@link CoreLoop} is the one thread that calls the core, including its timers. Optionally a
 * {@link LiveCapture} records the traffic. Usable in-process (tests, the rate benchmark):
 * <pre>{@code
 * try (GatewayServer s = GatewayServer.start(settings, users, listener)) {
 *     ... drive traffic ...
 *     Map<String, Long> totals = s.counters();
 * }
 * }</pre>
 */
public final class GatewayServer implements AutoCloseable {
    private final ServerSettings settings;
    private final SipStackImpl stack;
    private final JainSipBridge bridge;
    private final CoreLoop loop;
    private final LiveCapture capture;
    private final List<Thread> stackThreadsLeftRunning;
    private final List<String> startNotes;
    private final AtomicLong internalErrors = new AtomicLong();
    private Map<String, Long> finalCounters;
    private String captureSummary = "";

    private GatewayServer(ServerSettings settings, SipStackImpl stack, JainSipBridge bridge, CoreLoop loop,
                          LiveCapture capture, List<Thread> stackThreadsLeftRunning, List<String> startNotes) {
        this.settings = settings;
        this.stack = stack;
        this.bridge = bridge;
        this.loop = loop;
        this.capture = capture;
        this.stackThreadsLeftRunning = List.copyOf(stackThreadsLeftRunning);
        this.startNotes = List.copyOf(startNotes);
    }

    /**
     * Starts listening. Fails with a one-line {@link LabException} when a port is taken, an address is
     * not ours or the certificates cannot be made; a capture that cannot start is only a note.
     */
    public static GatewayServer start(ServerSettings settings, Collection<GatewayUser> users, ServerListener listener)
            throws LabException {
        List<String> notes = new ArrayList<>();
        ServerCertificates.Material tls = null;
        if (settings.tlsPort() != 0) {
            tls = ServerCertificates.ensure(settings.certsDir(), settings.bind(), Instant.now());
            notes.add(tls.note());
        }
        LiveCapture capture = null;
        if (settings.capture() != null) {
            LiveCapture.Attempt a = LiveCapture.start(settings.capture(), settings.bind(), listeningPorts(settings));
            capture = a.capture();
            notes.add(capture != null ? "capturing to " + settings.capture() + " on " + capture.device()
                    : "live capture unavailable (" + a.problem() + "); running without --capture");
        }
        SipStackImpl stack = null;
        List<Thread> scanners = List.of();
        try {
            // Not registered with SipFactory's process-wide table, so the name only labels this stack.
            String name = "lab-serve-" + settings.udpTcpEndpoint();
            java.util.Set<Thread> before = eventScanners();
            stack = new SipStackImpl(StackProperties.of(name, tls == null ? null : tls.keyStore(),
                    tls == null ? null : tls.password()));
            scanners = eventScanners().stream().filter(t -> !before.contains(t)).toList();
            Map<Transport, ListeningPoint> points = listen(stack, settings);
            SipProvider provider = null;
            for (ListeningPoint lp : points.values()) {
                if (provider == null) {
                    provider = stack.createSipProvider(lp);
                } else {
                    provider.addListeningPoint(lp);
                }
            }
            JainSipBridge bridge = new JainSipBridge(stack, provider, points, listener);
            GatewayCore core = new GatewayCore(settings.coreConfig(), users);
            GatewayServer[] self = new GatewayServer[1];
            CoreLoop loop = new CoreLoop(core, bridge, settings.queueCapacity(), e -> {
                self[0].internalErrors.incrementAndGet();
                listener.notice("internal error in the gateway core: " + e);
            });
            bridge.attach(loop);
            provider.addSipListener(bridge);
            self[0] = new GatewayServer(settings, stack, bridge, loop, capture, scanners, notes);
            loop.start();
            stack.start();
            return self[0];
        } catch (LabException e) {
            stopQuietly(stack, capture, scanners);
            throw e;
        } catch (Exception e) {
            stopQuietly(stack, capture, scanners);
            throw new LabException("cannot start the SIP stack: " + e.getMessage(), e);
        }
    }

    private static Map<Transport, ListeningPoint> listen(SipStackImpl stack, ServerSettings settings)
            throws LabException {
        Map<Transport, ListeningPoint> points = new EnumMap<>(Transport.class);
        String ip = settings.bind().getHostAddress();
        for (Transport t : settings.transports()) {
            int port = settings.port(t);
            try {
                points.put(t, stack.createListeningPoint(ip, port, t.token().toLowerCase(java.util.Locale.ROOT)));
            } catch (Exception e) {
                throw new LabException("cannot listen on " + t + " " + ip + ":" + port + ": " + rootMessage(e));
            }
        }
        return points;
    }

    private static List<Integer> listeningPorts(ServerSettings s) {
        return s.transports().stream().map(s::port).toList();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** What start did that the operator should know: certificates made or reused, capture on or why not. */
    public List<String> startNotes() {
        return startNotes;
    }

    /** True when a live capture is running. */
    public boolean capturing() {
        return capture != null;
    }

    /**
     * The core's counters by stable name ({@code GatewayCounters.asMap()}), plus the host's own:
     * {@code host.dropped} (queue full), {@code host.send_failures}, {@code host.internal_errors}. After
     * {@link #close}, the totals at the moment it stopped.
     */
    public synchronized Map<String, Long> counters() throws InterruptedException {
        if (finalCounters != null) {
            return finalCounters;
        }
        Map<String, Long> m = loop.call(core -> core.counters().asMap());
        m.put("host.dropped", loop.dropped());
        m.put("host.send_failures", bridge.sendFailures());
        m.put("host.internal_errors", internalErrors.get());
        return m;
    }

    /** After {@link #close}: what the capture wrote, or an empty string without one. */
    public String captureSummary() {
        return captureSummary;
    }

    /** Stops listening, stops the core and the capture; keeps the final counters. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (finalCounters != null) {
            return;
        }
        try {
            finalCounters = counters();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finalCounters = Map.of();
        }
        loop.close();
        stack.stop();
        stackThreadsLeftRunning.forEach(Thread::interrupt);
        if (capture != null) {
            capture.close();
            captureSummary = "capture " + capture.file() + ": " + capture.summary();
        }
    }

    private static void stopQuietly(SipStackImpl stack, LiveCapture capture, List<Thread> scanners) {
        if (stack != null) {
            stack.stop();
        }
        scanners.forEach(Thread::interrupt);
        if (capture != null) {
            capture.close();
        }
    }

    /**
     * The RI's EventScanner threads now running. Each SipStackImpl starts one (non-daemon) that
     * {@code stop()} marks stopped but leaves waiting for an event that never comes (1.3.0-91), which
     * kept the JVM alive after an in-process server closed. The one a new stack started is told apart
     * by comparing the threads before and after its creation, and interrupted at close, which is how
     * its loop is written to end.
     */
    private static java.util.Set<Thread> eventScanners() {
        java.util.Set<Thread> s = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if ("EventScannerThread".equals(t.getName())) {
                s.add(t);
            }
        }
        return s;
    }

    /** The loopback address the server binds to by default. */
    public static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
