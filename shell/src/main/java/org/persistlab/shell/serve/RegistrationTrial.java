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
     * @param achievedRate      registrations started per second of the trial
     * @param retransmissions   REGISTERs SIPp sent again (UDP)
     * @param gatewayAccepted   registrations the gateway counted as accepted (a cross-check)
     * @param failures          SIPp's failure causes
     * @param passed            all N established, and SIPp offered the rate
     * @param verdict           why, in words
     */
    record Result(Transport transport, long rate, long attempted, long established, double achievedRate,
                  long retransmissions, long gatewayAccepted, Map<String, Long> failures, boolean passed,
                  String verdict) {
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
        try (GatewayServer server = GatewayServer.start(settings, users, ServerListener.silent())) {
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
        double achieved = stats.achievedRate();
        boolean allEstablished = established == n && stats.failed() == 0;
        boolean offered = achieved >= o.minAchieved() * rate;
        String verdict = !allEstablished ? (n - established) + " of " + n + " failed " + stats.failures()
                : !offered ? String.format(java.util.Locale.ROOT, "SIPp offered only %.0f rps (needs %.0f %%)",
                        achieved, o.minAchieved() * 100)
                : "pass";
        return new Result(transport, rate, stats.created(), established, achieved, stats.retransmissions(), accepted,
                stats.failures(), allEstablished && offered, verdict);
    }
}
