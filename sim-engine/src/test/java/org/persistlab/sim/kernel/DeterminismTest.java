package org.persistlab.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.persistlab.sim.kernel.random.Distribution;
import org.persistlab.sim.kernel.random.DistributionSpec;
import org.persistlab.sim.kernel.random.RandomStream;
import org.persistlab.sim.kernel.random.RandomStreams;

/**
 * Reproducibility of a whole run: a toy fleet of phones, each with its own named stream, that
 * re-register after random delays, poll with a jittered periodic timer, and cancel and re-arm a
 * retry timer. The complete trace (time, kind, entity of every event) is hashed with SHA-256.
 */
class DeterminismTest {

    private static final long RUN_LENGTH = Durations.parse("2h");

    /** One phone: its draws and the times its events fired, kept for comparison. */
    private static final class Phone {
        final int id;
        final RandomStream rng;
        final List<Double> draws = new ArrayList<>();
        final List<Long> eventTimes = new ArrayList<>();
        long retryHandle = EventCalendar.NO_EVENT;

        Phone(int id, RandomStreams streams) {
            this.id = id;
            this.rng = streams.stream("phone-" + id);
        }

        long draw(Distribution d) {
            long nanos = d.sampleNanos(rng);
            draws.add((double) nanos);
            return nanos;
        }
    }

    private record Tagged(String kind, long entity, Event body) implements Event, Traced {
        @Override
        public void fire(Simulator sim) {
            body.fire(sim);
        }
    }

    private record Run(String traceHash, Map<Integer, Phone> phones) {
    }

    private static Run run(long seed, int phoneCount, boolean reverseCreation) {
        Distribution registerEvery = DistributionSpec.parseDuration("lognormal(mean=180s, sd=60s)");
        Distribution pollJitter = DistributionSpec.parseDuration("uniformFraction(0.8, 1.0, 30s)");
        Distribution retry = DistributionSpec.parseDuration("uniformFraction(0.5, 0.9, 60s)");
        Distribution answer = DistributionSpec.parseDuration("empirical(20ms:0.7, 200ms:0.2, 2s:0.1)");

        Simulator sim = new Simulator();
        MessageDigest digest = sha256();
        sim.setTraceListener((time, kind, entity) -> {
            digest.update(ByteBuffer.allocate(16).putLong(time).putLong(entity).array());
            digest.update(kind.getBytes(StandardCharsets.UTF_8));
        });
        RandomStreams streams = new RandomStreams(seed);
        Map<Integer, Phone> phones = new TreeMap<>();
        for (int i = 0; i < phoneCount; i++) {
            int id = reverseCreation ? phoneCount - 1 - i : i;
            phones.put(id, new Phone(id, streams));
        }
        for (Phone phone : phones.values()) {
            Event[] register = new Event[1];
            register[0] = new Tagged("register", phone.id, s -> {
                phone.eventTimes.add(s.now());
                s.cancel(phone.retryHandle);
                phone.retryHandle = s.schedule(phone.draw(retry), new Tagged("retry", phone.id,
                        r -> phone.eventTimes.add(-r.now())));
                s.schedule(phone.draw(registerEvery), register[0]);
            });
            sim.schedule(phone.draw(answer), register[0]);
            sim.every(() -> phone.draw(pollJitter), new Tagged("options", phone.id, s -> phone.eventTimes.add(s.now())));
        }
        sim.runUntil(RUN_LENGTH);
        return new Run(HexFormat.of().formatHex(digest.digest()), phones);
    }

    @Test
    void sameSeedGivesTheSameTrace() {
        Run first = run(11, 20, false);
        Run second = run(11, 20, false);
        assertThat(second.traceHash()).isEqualTo(first.traceHash());
        assertThat(first.phones().get(0).eventTimes).hasSizeGreaterThan(100);
    }

    @Test
    void differentSeedsGiveDifferentTraces() {
        assertThat(run(12, 20, false).traceHash()).isNotEqualTo(run(11, 20, false).traceHash());
    }

    @Test
    void creationOrderDoesNotChangeTheTrace() {
        assertThat(run(11, 20, true).traceHash()).isEqualTo(run(11, 20, false).traceHash());
    }

    @Test
    void addingAPhoneLeavesEveryOtherPhonesDrawsAndEventsUnchanged() {
        Run twenty = run(11, 20, false);
        Run twentyOne = run(11, 21, false);
        assertThat(twentyOne.traceHash()).isNotEqualTo(twenty.traceHash());
        for (int id = 0; id < 20; id++) {
            assertThat(twentyOne.phones().get(id).draws).as("draws of phone " + id)
                    .isEqualTo(twenty.phones().get(id).draws);
            assertThat(twentyOne.phones().get(id).eventTimes).as("events of phone " + id)
                    .isEqualTo(twenty.phones().get(id).eventTimes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
