package org.persistlab.shell.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.persistlab.shell.cli.LabException;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.Transport;

/**
 * One trial of the registration-rate search: a fresh in-process gateway on loopback (so every
 * REGISTER is a new registration of its own AoR, RFC 7502 §6.7), SIPp offering N registrations at a
 * set rate over one socket or one connection, and the verdict from SIPp's own statistics.
 */
final class RegistrationTrial {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /**
     * @param attempted         registrations SIPp started
     * @param established       registrations that got their 200 (SIPp's successful calls)
     * @param sippRate          registrations SIPp started per second of its run (start-up and the last
     *                          answers included, so a little under the offered rate even when it kept up)
     * @param acceptedRate      registrations the gateway accepted per second, from its first acceptance to
     *                          its last: the rate it actually took them in
     * @param retransmissions   REGISTERs SIPp sent again (UDP)
     * @param gatewayAccepted   registrations the gateway counted as accepted (a cross-check)
     * @param failures          SIPp's failure causes
     * @param passed            all N established, and taken in at the offered rate
     * @param verdict           why, in words
     */
    record Result(Transport transport, long rate, long attempted, long established, double sippRate,
                  double acceptedRate, long retransmissions, long gatewayAccepted, Map<String, Long> failures,
                  boolean passed, String verdict) {
    }

    private RegistrationTrial() {
    }

    static Result run(Transport transport, long rate, List<GatewayUser> users, Path csv, Path scenario,
                      RateSearchOptions o, String name) throws LabException, InterruptedException {
        int n = o.trialSize();
        int port;
        int sippPort;
        try {
            port = LoopbackPorts.free(LOOPBACK);
            sippPort = LoopbackPorts.free(LOOPBACK);
        } catch (IOException e) {
            throw new LabException("no free port on loopback: " + e.getMessage(), e);
        }
        ServerSettings settings = ServerSettings.builder(LOOPBACK).udpPort(port).tcpPort(port)
                .licenses(n).maxExtensions(n).build();
        long runSeconds = (long) Math.ceil((double) n / rate) + o.threshold().toSeconds() + 10;
        List<String> args = List.of(LOOPBACK.getHostAddress() + ":" + port, "-sf", scenario.toString(),
                "-inf", csv.toString(), "-m", Integer.toString(n), "-r", Long.toString(rate), "-rp", "1000",
                "-l", Integer.toString(n), "-i", LOOPBACK.getHostAddress(), "-p", Integer.toString(sippPort),
                "-t", transport == Transport.UDP ? "u1" : "t1", "-recv_timeout", Long.toString(o.threshold().toMillis()),
                "-timeout", runSeconds + "s");
        SippStats stats;
        long accepted;
        AcceptanceClock clock = new AcceptanceClock();
        try (GatewayServer server = GatewayServer.start(settings, users, clock)) {
            try (SippProcess sipp = SippProcess.start(o.workDir(), name, args)) {
                int exit = sipp.await(Duration.ofSeconds(runSeconds + 15));
                if (exit < 0) {
                    throw new LabException("sipp did not finish within " + (runSeconds + 15) + " s; it said: "
                            + sipp.tail());
                }
                stats = sipp.stats();
            }
            accepted = server.counters().get("registrations.accepted");
        }
        long established = stats.successful();
        double taken = clock.rate();
        boolean allEstablished = established == n && stats.failed() == 0;
        boolean kept = taken >= o.minAchieved() * rate;
        String verdict = !allEstablished ? (n - established) + " of " + n + " failed " + stats.failures()
                : !kept ? String.format(java.util.Locale.ROOT, "taken in at only %.0f rps (needs %.0f %% of the rate)",
                        taken, o.minAchieved() * 100)
                : "pass";
        return new Result(transport, rate, stats.created(), established, stats.achievedRate(), taken,
                stats.retransmissions(), accepted, stats.failures(), allEstablished && kept, verdict);
    }

    /**
     * Times the gateway's acceptances (on the core thread, the only writer). With N = 2,000 a trial
     * lasts well under a second at these rates, and queues (the core's, JAIN-SIP's, the kernel's) could
     * absorb a burst the gateway does not sustain; the rate from the first acceptance to the last is the
     * rate it actually took registrations in, without SIPp's start-up or the last answers' round trip.
     */
    private static final class AcceptanceClock implements ServerListener {
        private volatile long first = -1;
        private volatile long last = -1;
        private volatile long count;

        @Override
        public void event(org.persistlab.sim.gateway.GatewayEvent e) {
            if (e instanceof org.persistlab.sim.gateway.GatewayEvent.RegistrationAccepted) {
                if (first < 0) {
                    first = e.timeNanos();
                }
                last = e.timeNanos();
                count++;
            }
        }

        @Override
        public void notice(String message) {
        }

        /** Acceptances per second over the acceptances' span; infinite for one, 0 for none. */
        double rate() {
            long c = count;
            if (c < 2) {
                return c == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return (c - 1) / ((last - first) / 1e9);
        }
    }
}
