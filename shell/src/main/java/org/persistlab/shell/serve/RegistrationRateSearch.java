package org.persistlab.shell.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.persistlab.shell.cli.LabException;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.Transport;
import org.persistlab.sip.settings.GeneratedPhone;
import org.persistlab.sip.settings.PersistSettingsGenerator;

/**
 * The RFC 7502 Registration Rate benchmark (RFC 7501 §3.4.2, RFC 7502 §6.7) of {@code lab serve}'s
 * gateway, with SIPp as the emulated agent: the highest REGISTER rate at which a trial of N
 * registrations, each to its own AoR, completes with zero failures (a failure is a final response
 * other than 2xx, or no answer within the Establishment Threshold Time). The rate is found with the
 * multiplicative search of RFC 7502 §4.10 ({@link Rfc7502Search}), not a binary search; each trial
 * runs a fresh in-process server on loopback. Every REGISTER is challenged (401) and answered with
 * Digest credentials; a challenge answered and then accepted is not a failure (domain.md §7.2).
 *
 * <p>Entry point for {@code ./lab bench registration-rate}:
 * <pre>{@code
 * List<RegistrationRateSearch.Outcome> r =
 *         new RegistrationRateSearch().run(RateSearchOptions.defaults(workDir), out);
 * }</pre>
 * It prints one line per trial and a closing paragraph per transport to {@code out}. It needs
 * {@code sipp} (Debian: sip-tester) on the PATH.
 */
public final class RegistrationRateSearch {
    /**
     * The benchmark for one transport.
     *
     * @param registrationRate the highest rate passed, registrations per second (0 when none)
     * @param converged        true when the search ended by its rule, false when it hit maxTrials
     * @param trials           every trial, in order
     */
    public record Outcome(Transport transport, long registrationRate, boolean converged,
                          List<RegistrationTrial.Result> trials) {
        public Outcome {
            trials = List.copyOf(trials);
        }
    }

    public List<Outcome> run(RateSearchOptions options, PrintWriter out) throws LabException, InterruptedException {
        List<GeneratedPhone> phones = PersistSettingsGenerator.generate(options.trialSize(), options.seed(),
                PersistSettingsGenerator.DEFAULT_START_EXTENSION, null);
        List<GatewayUser> users = phones.stream()
                .map(p -> new GatewayUser(p.username(), p.password(), p.extension())).toList();
        Path scenario;
        Path csv;
        try {
            Files.createDirectories(options.workDir());
            scenario = SippScenarios.writeRegister(options.workDir());
            csv = options.workDir().resolve("users-auth.csv");
            Files.writeString(csv, SippCredentials.authenticationCsv(PersistSettingsGenerator.sippUsersCsv(phones)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot write SIPp's files in " + options.workDir() + ": " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "RFC 7502 registration-rate search: N = %d registrations per trial (RFC: %d),"
                        + " start %d rps, w = %.2f, %d confirming passes, threshold %d s; loopback, SIPp %s%n",
                options.trialSize(), RateSearchOptions.RFC_TRIAL_SIZE, options.startRate(), options.increase(),
                options.confirmations(), options.threshold().toSeconds(), "with one socket (UDP) or one connection (TCP)");
        out.flush();
        List<Outcome> outcomes = new ArrayList<>();
        for (Transport t : options.transports()) {
            outcomes.add(search(t, users, csv, scenario, options, out));
        }
        for (Outcome o : outcomes) {
            out.printf(Locale.ROOT, "Registration Rate over %s: %d registrations/s (%d trials%s)%n", o.transport(),
                    o.registrationRate(), o.trials().size(), o.converged() ? ""
                            : ", stopped at the trial limit before " + options.confirmations() + " confirmations");
        }
        out.flush();
        return outcomes;
    }

    private static Outcome search(Transport t, List<GatewayUser> users, Path csv, Path scenario, RateSearchOptions o,
                                  PrintWriter out) throws LabException, InterruptedException {
        Rfc7502Search search = new Rfc7502Search(o.startRate(), o.increase(), o.confirmations());
        List<RegistrationTrial.Result> trials = new ArrayList<>();
        while (!search.done() && trials.size() < o.maxTrials()) {
            String name = t.token().toLowerCase(Locale.ROOT) + "-trial-" + (trials.size() + 1);
            RegistrationTrial.Result r = RegistrationTrial.run(t, search.rate(), users, csv, scenario, o, name);
            trials.add(r);
            if (r.passed()) {
                search.passed();
            } else {
                search.failed();
            }
            out.printf(Locale.ROOT, "  %s trial %2d: %5d rps offered, %d/%d registered, taken in at %5.0f rps"
                            + " (SIPp's run %5.0f rps), %d retransmissions, gateway accepted %d: %s (best %d, %d/%d"
                            + " confirmations)%n", t, trials.size(), r.rate(), r.established(), o.trialSize(),
                    r.acceptedRate(), r.sippRate(), r.retransmissions(), r.gatewayAccepted(), r.verdict(),
                    search.result(), search.confirmations(), o.confirmations());
            out.flush();
        }
        return new Outcome(t, search.result(), search.done(), trials);
    }
}
