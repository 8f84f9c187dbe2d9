package org.persistlab.sim.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistlab.sim.phone.Phones.MS;
import static org.persistlab.sim.phone.Phones.S;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.Transport;

/** Expected times are worked out by hand from the timer rules with a 10 ms one-way delay. */
class PhoneCoreTest {
    private static final long D = 10 * MS;

    private static List<Long> times(List<PhoneHarness.Sent> s) {
        return s.stream().map(PhoneHarness.Sent::at).toList();
    }

    @Test
    void registersToAcoAnsweringTheChallengeThenPollsEveryOptionsInterval() {
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.TLS, Transport.TLS), D);
        h.runUntil(70 * S);
        Controller aco = h.phone.config().primary();
        assertThat(times(h.sentTo(aco, "REGISTER"))).containsExactly(0L, 2 * D);
        assertThat(h.sentTo(aco, "REGISTER").get(1).message().authorization().param("username")).isEqualTo("2001");
        assertThat(h.states()).extracting(PhoneEvent.StateChanged::state).containsExactly(ServiceState.ON_ACO);
        assertThat(h.states().get(0).at()).isEqualTo(4 * D);
        assertThat(times(h.sentTo(aco, "OPTIONS"))).containsExactly(4 * D + 30 * S, 4 * D + 60 * S);
    }

    @Test
    void silentOutageIsDetectedByAnUnansweredPollThenTheSearchFindsIpOffice() {
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.TLS, Transport.TLS), D);
        Controller aco = h.phone.config().controllers().get(0);
        Controller ipo = h.phone.config().controllers().get(1);
        h.runUntil(100 * S);
        h.set(aco, PhoneHarness.Mode.SILENT);
        h.runUntil(200 * S);
        // Polls at 30.04, 60.04, 90.04 answered; 120.04 is the first unanswered. It times out at
        // 152.04 (LAB_OPTIONS_TIMEOUT 32 s): the search probes both controllers and waits the full
        // CONTROLLER_SEARCH_INTERVAL (16 s) because the higher-ranked ACO never answers.
        long firstUnanswered = 4 * D + 120 * S;
        long lossAt = firstUnanswered + 32 * S;
        long searchEnd = lossAt + 16 * S;
        assertThat(h.events).contains(new PhoneEvent.LossDetected(1, lossAt, LossTrigger.OPTIONS_UNANSWERED));
        assertThat(times(h.sentTo(ipo, "OPTIONS"))).containsExactly(lossAt);
        assertThat(times(h.sentTo(ipo, "REGISTER"))).containsExactly(searchEnd, searchEnd + 2 * D);
        assertThat(h.states()).extracting(PhoneEvent.StateChanged::state).containsExactly(ServiceState.ON_ACO,
                ServiceState.DETECTING, ServiceState.SEARCHING, ServiceState.LIMITED_SERVICE);
        assertThat(h.states().get(1).at()).isEqualTo(firstUnanswered);
        assertThat(h.states().get(3).at()).isEqualTo(searchEnd + 4 * D);
        FailoverMoments m = h.phone.moments();
        assertThat(m.firstUnanswered()).isEqualTo(firstUnanswered);
        assertThat(m.lastSignOfLife()).isEqualTo(4 * D + 90 * S + 2 * D);
        assertThat(m.firstRequestToGateway()).isEqualTo(lossAt);
        assertThat(m.gatewayRegistered()).isEqualTo(searchEnd + 4 * D);
        assertThat(m.latency()).isEqualTo(searchEnd + 4 * D - firstUnanswered);
    }

    @Test
    void autoFailbackTriesEveryRecoveryRegisterWaitAndLeavesTheGateway() {
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.TLS, Transport.TLS), D);
        Controller aco = h.phone.config().controllers().get(0);
        Controller ipo = h.phone.config().controllers().get(1);
        h.runUntil(100 * S);
        h.set(aco, PhoneHarness.Mode.SILENT);
        h.runUntil(300 * S);
        h.set(aco, PhoneHarness.Mode.UP);
        h.runUntil(400 * S);
        long limited = 4 * D + 120 * S + 32 * S + 16 * S + 4 * D;
        // First try at limited + 60 s goes unanswered (32 s); the next try, 60 s after that failure, succeeds.
        long firstTry = limited + 60 * S;
        long secondTry = firstTry + 32 * S + 60 * S;
        List<PhoneHarness.Sent> acoRegisters = h.sentTo(aco, "REGISTER");
        assertThat(times(acoRegisters)).contains(firstTry, secondTry, secondTry + 2 * D);
        assertThat(h.phone.state()).isEqualTo(ServiceState.ON_ACO);
        assertThat(h.phone.moments().failback()).isEqualTo(secondTry + 4 * D);
        List<PhoneHarness.Sent> ipoRegisters = h.sentTo(ipo, "REGISTER");
        assertThat(ipoRegisters.get(ipoRegisters.size() - 1).message().expires()).isZero();
    }

    @Test
    void overUdpAnUnansweredRegisterFollowsTheRfc3261Schedule() {
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.UDP, Transport.TCP), D);
        h.set(h.phone.config().primary(), PhoneHarness.Mode.SILENT);
        h.runUntil(40 * S);
        long[] expected = {0, 500, 1500, 3500, 7500, 11500, 15500, 19500, 23500, 27500, 31500};
        assertThat(times(h.sentTo(h.phone.config().primary(), "REGISTER")))
                .containsExactly(java.util.Arrays.stream(expected).map(x -> x * MS).boxed().toArray(Long[]::new));
        assertThat(h.events).anySatisfy(e -> assertThat(e).isEqualTo(
                new PhoneEvent.RegistrationFinished(1, 32 * S, "ACO", 0, 408, 1)));
    }

    @Test
    void overUdpAnUnansweredInviteFollowsTheRfc3261ScheduleWithFastResponseOff() {
        CallPlan plan = Phones.script(10 * S, 0, 100 * S, "5551234");
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.UDP, Transport.TCP, 0, plan), D);
        h.answerCalls = false;
        h.runUntil(150 * S);
        long[] expected = {0, 500, 1500, 3500, 7500, 15500, 31500};
        assertThat(times(h.sentTo(h.phone.config().primary(), "INVITE")))
                .containsExactly(java.util.Arrays.stream(expected).map(x -> 100 * S + x * MS).boxed().toArray(Long[]::new));
        assertThat(h.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(PhoneEvent.CallFinished.class,
                c -> assertThat(c.call().outcome()).isEqualTo(CallOutcome.TIMEOUT)));
        assertThat(h.events).contains(new PhoneEvent.LossDetected(1, 132 * S, LossTrigger.INVITE_UNANSWERED));
    }

    @Test
    void anInviteUnansweredWithinFastResponseTimeoutTriggersFailover() {
        CallPlan plan = Phones.script(10 * S, 0, 100 * S, "5551234");
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.UDP, Transport.TCP, 4 * S, plan), D);
        h.answerCalls = false;
        h.runUntil(120 * S);
        assertThat(times(h.sentTo(h.phone.config().primary(), "INVITE")))
                .containsExactly(100 * S, 100 * S + 500 * MS, 101 * S + 500 * MS, 103 * S + 500 * MS);
        assertThat(h.events).contains(new PhoneEvent.LossDetected(1, 104 * S, LossTrigger.INVITE_UNANSWERED));
    }

    @Test
    void aConnectedCallIsNotInterruptedAndFailoverWaitsForTheHangUp() {
        CallPlan plan = Phones.script(200 * S, 0, 95 * S, "5551234");
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.TLS, Transport.TLS, 4 * S, plan), D);
        Controller aco = h.phone.config().primary();
        h.runUntil(100 * S);
        h.set(aco, PhoneHarness.Mode.SILENT);
        h.runUntil(400 * S);
        // The call was answered at 95.02 s and is held 200 s; the poll that times out at 152.04 s only
        // marks the loss. The BYE goes out at 295.02 s and the search starts right then.
        long hangUp = 95 * S + 2 * D + 200 * S;
        assertThat(times(h.sentTo(aco, "BYE"))).containsExactly(hangUp);
        PhoneEvent.LossDetected loss = h.events.stream().filter(e -> e instanceof PhoneEvent.LossDetected)
                .map(e -> (PhoneEvent.LossDetected) e).findFirst().orElseThrow();
        assertThat(loss.at()).isEqualTo(hangUp);
        assertThat(h.states()).contains(new PhoneEvent.StateChanged(1, hangUp + 16 * S + 4 * D,
                ServiceState.LIMITED_SERVICE, "IPO"));
        assertThat(h.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(PhoneEvent.CallFinished.class,
                c -> assertThat(c.call().setupDelay()).isEqualTo(2 * D)));
    }

    @Test
    void aResetConnectionIsDetectedAtOnce() {
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.TLS, Transport.TLS), D);
        Controller aco = h.phone.config().primary();
        h.runUntil(100 * S);
        h.set(aco, PhoneHarness.Mode.RESET);
        h.runUntil(200 * S);
        long poll = 4 * D + 120 * S;
        assertThat(h.events).contains(new PhoneEvent.LossDetected(1, poll + D, LossTrigger.CONNECTION_LOST));
    }

    @Test
    void whenNoControllerAnswersThePhoneWaitsPartOfRecoveryRegisterWait() {
        PhoneHarness h = new PhoneHarness(Phones.config(Transport.TLS, Transport.TLS), D);
        h.set(h.phone.config().controllers().get(0), PhoneHarness.Mode.SILENT);
        h.set(h.phone.config().controllers().get(1), PhoneHarness.Mode.SILENT);
        h.runUntil(200 * S);
        // Boot REGISTER times out at 32 s, the search ends at 48 s with no answer: NO_SERVICE, then
        // searches again after U(0.5, 0.9) x 60 s, i.e. between 78 s and 102 s.
        List<PhoneEvent.StateChanged> st = h.states();
        assertThat(st.get(0).state()).isEqualTo(ServiceState.SEARCHING);
        assertThat(st.get(0).at()).isEqualTo(32 * S);
        assertThat(st.get(1).state()).isEqualTo(ServiceState.NO_SERVICE);
        assertThat(st.get(1).at()).isEqualTo(48 * S);
        assertThat(st.get(2).state()).isEqualTo(ServiceState.SEARCHING);
        assertThat(st.get(2).at()).isBetween(48 * S + 30 * S, 48 * S + 54 * S);
    }
}
