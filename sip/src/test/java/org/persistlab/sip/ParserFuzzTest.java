package org.persistlab.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.persistlab.sip.testing.SipCorpus;

/** Any input either parses or fails with our own SipParseException; nothing else escapes. */
class ParserFuzzTest {
    private static final List<byte[]> SEEDS = new ArrayList<>(SipCorpus.messages().values());

    @Provide
    Arbitrary<byte[]> mutated() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1).flatMap(i -> {
            byte[] seed = SEEDS.get(i);
            return Arbitraries.integers().between(0, seed.length - 1).list().ofMaxSize(8).flatMap(positions ->
                    Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                        byte[] copy = seed.clone();
                        for (int k = 0; k < positions.size(); k++) {
                            copy[positions.get(k)] = values.get(k);
                        }
                        return copy;
                    }));
        });
    }

    @Provide
    Arbitrary<byte[]> truncated() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1).flatMap(i ->
                Arbitraries.integers().between(0, SEEDS.get(i).length).map(n -> java.util.Arrays.copyOf(SEEDS.get(i), n)));
    }

    @Property(tries = 1000)
    void randomBytesOnlyEverRaiseOurParseError(@ForAll @Size(max = 300) byte[] bytes) {
        assertOnlyOurError(bytes);
    }

    @Property(tries = 2000)
    void mutatedMessagesOnlyEverRaiseOurParseError(@ForAll("mutated") byte[] bytes) {
        assertOnlyOurError(bytes);
    }

    @Property(tries = 500)
    void truncatedMessagesOnlyEverRaiseOurParseError(@ForAll("truncated") byte[] bytes) {
        assertOnlyOurError(bytes);
    }

    @Property(tries = 300)
    void theStreamFramerSurvivesGarbageAndStaysBounded(@ForAll("mutated") byte[] a, @ForAll @Size(max = 200) byte[] junk) {
        SipStreamFramer f = new SipStreamFramer();
        f.feed(junk);
        f.feed(a);
        f.feed(SEEDS.get(0));
        int frames = 0;
        for (Frame x = f.next(); x != null; x = f.next()) {
            frames++;
        }
        f.finish();
        assertThat(frames).isLessThanOrEqualTo(junk.length + a.length + SEEDS.get(0).length);
        assertThat(f.buffered()).isZero();
    }

    private static void assertOnlyOurError(byte[] bytes) {
        SipMessage m;
        try {
            m = SipMessage.parse(bytes);
        } catch (SipParseException e) {
            assertThat(e.offset()).isBetween(0, bytes.length);
            return;
        }
        readEverything(m);
    }

    private static void readEverything(SipMessage m) {
        Runnable[] accessors = {m::callId, m::cseq, m::from, m::to, m::vias, m::contacts, m::expires,
            m::maxForwards, m::retryAfter, m::authorization, m::wwwAuthenticate, m::proxyAuthenticate,
            m::proxyAuthorization, m::requestUri, m::reasonPhrase, m::startLine, m::bodyText, m::toBytes,
            () -> m.headers(HeaderName.VIA), () -> m.headers(HeaderName.ALLOW)};
        for (Runnable r : accessors) {
            try {
                r.run();
            } catch (SipParseException expected) {
                assertThat(expected.offset()).isGreaterThanOrEqualTo(0);
            }
        }
        for (Address a : safeContacts(m)) {
            try {
                a.sipUri();
            } catch (SipParseException expected) {
                assertThat(expected.offset()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    private static List<Address> safeContacts(SipMessage m) {
        try {
            return m.contacts();
        } catch (SipParseException e) {
            return List.of();
        }
    }
}
