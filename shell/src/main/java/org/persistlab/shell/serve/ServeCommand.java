package org.persistlab.shell.serve;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.sim.gateway.GatewayEvent;

/**
 * {@code lab serve}: the IP Office gateway core as a real SIP registrar and call router, for real
 * user agents (SIPp here, J100 phones in the field). Runs until Ctrl-C, SIGTERM, the REPL's cancel or
 * {@code --duration}, then prints a summary.
 */
public final class ServeCommand implements Command {
    /** How often the wait loop looks at the cancel token. */
    private static final long POLL_MS = 100;

    private final CommandSpec spec;

    public ServeCommand() {
        CommandSpec.Builder b = CommandSpec.builder("serve", "run the IP Office gateway core on real sockets")
                .description("A SIP registrar and call router for real phones and SIPp: every REGISTER is challenged"
                        + " (Digest MD5), users come from persist-settings files, licenses are taken in registration"
                        + " order, calls go phone to phone or to the --trunk (911 always). JAIN-SIP runs the"
                        + " transports and transactions. Binds to 127.0.0.1 unless --bind says otherwise. With --tls,"
                        + " the first start makes a root CA and writes it as WebRootCA.pem in --certs for phones to"
                        + " import. Ctrl-C stops it and prints a summary.");
        for (OptionSpec o : ServeOptions.SPECS) {
            b.option(o);
        }
        this.spec = b.build();
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws UsageException, LabException, InterruptedException {
        String usersArg = inv.option(ServeOptions.USERS).orElseThrow(() -> new UsageException(ServeOptions.USERS
                + " FILE|DIR is required: the phones' persist-settings files (lab settings generate --phones N"
                + " writes some)"));
        ServerSettings settings = ServeOptions.settings(inv);
        Optional<Duration> duration = ServeOptions.duration(inv);
        UserFiles.Loaded users = UserFiles.read(inv.context().resolve(usersArg), usersArg);
        users.problems().forEach(p -> inv.err().println("warning: " + p));
        if (users.users().isEmpty()) {
            throw new LabException("no user could be created from " + usersArg);
        }
        if (users.users().size() > settings.maxExtensions()) {
            inv.err().println("warning: " + users.users().size() + " users given; an IP500 V2 creates "
                    + settings.maxExtensions() + " extensions, so the last " + (users.users().size()
                    - settings.maxExtensions()) + " (from extension " + users.users().get(settings.maxExtensions())
                    .extension() + ") can never register");
        }
        PrintWriter out = inv.out();
        boolean verbose = inv.flag(ServeOptions.VERBOSE);
        long started = System.nanoTime();
        CountDownLatch signalled = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            signalled.countDown();
            awaitQuietly(finished); // let the summary print before the JVM exits
        }, "lab-serve-shutdown");
        try (GatewayServer server = GatewayServer.start(settings, users.users(), listener(inv, verbose))) {
            server.startNotes().forEach(n -> inv.err().println(n));
            out.println("lab serve: " + listening(settings) + ", " + users.users().size() + " users, "
                    + settings.licenses() + " licenses" + (settings.trunk() == null ? ", no trunk"
                    : ", trunk " + settings.trunk() + " over " + settings.trunkTransport())
                    + duration.map(d -> ", stopping after " + d.toMillis() + " ms").orElse("; Ctrl-C stops"));
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            waitForStop(inv, duration, signalled);
            server.close();
            Map<String, Long> totals = server.counters();
            ServeSummary.print(out, totals, settings.licenses(), (System.nanoTime() - started) / 1e9);
            if (!server.captureSummary().isEmpty()) {
                out.println("  " + server.captureSummary());
            }
            out.flush();
        } finally {
            finished.countDown();
            removeHook(hook);
        }
        return inv.context().cancel().isCancelled() ? ExitStatus.INTERRUPTED : ExitStatus.OK;
    }

    private static ServerListener listener(Invocation inv, boolean verbose) {
        return new ServerListener() {
            @Override
            public void event(GatewayEvent event) {
                if (verbose || EventLine.notable(event)) {
                    inv.out().println(EventLine.of(event));
                }
            }

            @Override
            public void notice(String message) {
                inv.err().println(message);
            }
        };
    }

    private static void waitForStop(Invocation inv, Optional<Duration> duration, CountDownLatch signalled)
            throws InterruptedException {
        long deadline = duration.map(d -> System.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);
        while (!inv.context().cancel().isCancelled() && System.nanoTime() < deadline) {
            if (signalled.await(POLL_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    private static String listening(ServerSettings s) {
        List<String> parts = s.transports().stream()
                .map(t -> t + " " + s.bind().getHostAddress() + ":" + s.port(t)).collect(Collectors.toList());
        return "listening on " + String.join(", ", parts);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (SIGTERM): the hook is running and waits for us
        }
    }
}
