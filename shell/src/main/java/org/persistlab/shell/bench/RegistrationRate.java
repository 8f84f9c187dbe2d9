package org.persistlab.shell.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.serve.RateSearchOptions;
import org.persistlab.shell.serve.RegistrationRateSearch;

/**
 * The {@code registration-rate} suite of {@code lab bench}: issue 9's RFC 7502 search with SIPp against
 * {@code lab serve}'s gateway ({@link RegistrationRateSearch}). It needs sockets and SIPp rather than
 * JMH, so it runs here, in the shell, not in the benchmarks jar.
 */
interface RegistrationRate {
    String SUITE = "registration-rate";

    /**
     * Runs the search, printing its trials and figures to {@code out}.
     *
     * @param quick   a smoke run: small trials, few confirmations
     * @param workDir SIPp's scenario, injection file and statistics
     * @return an exit status: 0 when every transport found a rate
     */
    int run(boolean quick, Path workDir, PrintWriter out) throws LabException, InterruptedException;

    /** The real search: RFC 7502's defaults, or for {@code --quick} trials of 200 and two confirmations. */
    static RegistrationRate sipp() {
        return (quick, workDir, out) -> {
            RateSearchOptions o = RateSearchOptions.defaults(workDir);
            if (quick) {
                o = o.withTrialSize(200).withConfirmations(2).withMaxTrials(12);
            }
            List<RegistrationRateSearch.Outcome> outcomes = new RegistrationRateSearch().run(o, out);
            return outcomes.stream().allMatch(r -> r.registrationRate() > 0) ? 0 : 1;
        };
    }
}
