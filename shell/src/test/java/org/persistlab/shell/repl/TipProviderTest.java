package org.persistlab.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.persistlab.shell.Commands;
import org.persistlab.sim.scenario.Params;

class TipProviderTest {
    private final TipProvider tips = new TipProvider(Commands.shell().registry());

    @Test
    void whileAValueIsTypedTheTipGivesTheParametersUnitDefaultAndSource() {
        String tip = tips.tip("set register.wait 12").orElseThrow();
        assertThat(tip).startsWith("register.wait: duration (ms, s, m, h)")
                .contains("default " + Params.REGISTER_WAIT.defaultValue())
                .contains("source " + Params.REGISTER_WAIT.source())
                .endsWith(Params.REGISTER_WAIT.help());
        assertThat(tips.tip("set failback.policy ").orElseThrow()).startsWith("failback.policy: auto|admin")
                .contains("default auto");
    }

    @Test
    void aCompleteParameterNameAlreadyShowsItsTip() {
        assertThat(tips.tip("show outage.duration").orElseThrow()).startsWith("outage.duration: duration");
        assertThat(tips.tip("set fail").orElseThrow()).startsWith("NAME: a scenario parameter (Tab lists them)");
    }

    @Test
    void commandsAndOptionsGetTheirUsage() {
        assertThat(tips.tip("swe").orElseThrow()).isEqualTo("usage: sweep NAME FROM..TO [step S] [--metric PATH]"
                + " · run the scenario for each value of a parameter");
        assertThat(tips.tip("run --seed ").orElseThrow()).isEqualTo("--seed N: this run's seed (the scenario's"
                + " 'seed' otherwise)");
        assertThat(tips.tip("settings ").orElseThrow()).startsWith("usage: settings SUBCOMMAND");
        assertThat(tips.tip("settings check ").orElseThrow()).startsWith("usage: settings check FILE|DIR...");
    }

    @Test
    void nothingToSayGivesNoTip() {
        assertThat(tips.tip("")).isEmpty();
        assertThat(tips.tip("   ")).isEmpty();
        assertThat(tips.tip("s")).isEmpty();
        assertThat(tips.tip("frobnicate x")).isEmpty();
    }
}
