package org.persistlab.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioParserTest {
    @Test
    void readsParametersAndSitesAndIgnoresComments() {
        ScenarioParser.Result r = ScenarioParser.parse("whatif.lab", """
                # 20 minutes, 300 phones, 250 licenses
                seed 7
                outage.duration 20m   # longer than usual
                failback.policy admin

                site hq phones=300 licenses=250
                site branch phones=40 settings=captures/settings
                """);
        assertThat(r.errors()).isEmpty();
        Scenario s = r.scenario();
        assertThat(s.integer(Params.SEED)).isEqualTo(7);
        assertThat(s.duration(Params.OUTAGE_DURATION)).isEqualTo(20L * 60 * 1_000_000_000L);
        assertThat(s.choice(Params.FAILBACK_POLICY)).isEqualTo("admin");
        assertThat(s.effectiveSites()).containsExactly(new SiteSpec("hq", 300, 250, null),
                new SiteSpec("branch", 40, -1, "captures/settings"));
        assertThat(s.totalPhones()).isEqualTo(340);
        assertThat(s.duration(Params.OUTAGE_START)).as("a default").isEqualTo(15L * 60 * 1_000_000_000L);
    }

    @Test
    void everyWrongLineIsReportedWithItsNumberAndTheGoodLinesStillCount() {
        ScenarioParser.Result r = ScenarioParser.parse("bad.lab", """
                seed 3
                outage.duraton 20m
                register.wait 10s
                failback.policy sometimes
                site hq phones=500
                site branch phones=ten
                calls.rate 2
                outage.mode reset
                """);
        assertThat(r.errors()).containsExactly(
                "bad.lab:2: unknown parameter 'outage.duraton' (did you mean 'outage.duration'?)",
                "bad.lab:3: register.wait: 10s is outside 30s..24h",
                "bad.lab:4: failback.policy: 'sometimes' is not one of auto, admin",
                "bad.lab:5: site hq: phones=500 is outside 0..384 (the IP500 V2 maximum [IPO-CAP-EXT])",
                "bad.lab:6: site branch: phones=ten is not a whole number",
                "bad.lab:7: calls.rate: '2' needs a unit: 2/h, 30/m or 5/s");
        assertThat(r.scenario().integer(Params.SEED)).isEqualTo(3);
        assertThat(r.scenario().choice(Params.OUTAGE_MODE)).isEqualTo("reset");
    }

    @Test
    void textRoundTripsThroughTheParser() {
        Scenario s = Scenario.defaults().with(Params.PHONES, "300").with(Params.LICENSES, "250")
                .with(Params.OUTAGE_DURATION, "20m").withSites(List.of(new SiteSpec("hq", 12, 10, null)));
        ScenarioParser.Result back = ScenarioParser.parse("saved", s.toText());
        assertThat(back.errors()).isEmpty();
        assertThat(back.scenario()).isEqualTo(s);
    }

    @Test
    void settingAValueIsValidatedWithTheParameterNameInTheMessage() {
        assertThatThrownBy(() -> Scenario.defaults().with(Params.OUTAGE_DURATION, "ten minutes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("outage.duration: ");
        assertThat(Scenario.defaults().with(Params.LICENSES, "phones").effectiveSites().get(0).effectiveLicenses())
                .isEqualTo(200);
        assertThat(Params.find("failback.policy").orElseThrow().completions()).containsExactly("auto", "admin");
    }
}
