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

    /**
     * The real search: RFC 7502's defaults; for {@code --quick} a smoke run that reaches a rough figure in
     * about a minute (trials of 200, steps of 50 %, two confirmations), which is not RFC 7502's figure.
     */
    static RegistrationRate sipp() {
        return (quick, workDir, out) -> {
            RateSearchOptions o = RateSearchOptions.defaults(workDir);
            if (quick) {
                o = new RateSearchOptions(o.transports(), 200, o.startRate(), 0.5, 2, 20, o.threshold(),
                        o.minAchieved(), workDir, o.seed());
                out.println("registration-rate --quick: a smoke run (trials of 200, steps of 50 %, 2 confirmations),"
                        + " not RFC 7502's figure");
            }
            List<RegistrationRateSearch.Outcome> outcomes = new RegistrationRateSearch().run(o, out);
            return outcomes.stream().allMatch(r -> r.registrationRate() > 0) ? 0 : 1;
        };
    }
}
