package org.persistlab.bench.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three readers the parser suite compares must do the same work: on each sample message they
 * read the same field values, and those are the values written into the message (by hand, below).
 */
class ParserFieldsTest {
    private static final String REGISTER_CALL_ID = "6c1d2e3f-4a5b-11ee-9c1d-00907a123456";
    private static final String REGISTER_BRANCH = "z9hG4bK-524287-1---9a8b7c6d5e4f3a21";

    @ParameterizedTest
    @EnumSource(SampleMessages.class)
    void everyReaderReadsTheFieldsWrittenInTheMessage(SampleMessages sample) throws Exception {
        byte[] bytes = sample.bytes();
        List<String> expected = expected(sample, bytes);
        for (FieldReader reader : List.of(new OurFieldReader(), new JainSipFieldReader(), new PktsFieldReader())) {
            ListSink sink = new ListSink();
            reader.read(bytes, sample.hasAuthorization(), sink);
            assertThat(sink.values).as(reader.getClass().getSimpleName() + " on " + sample.label())
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(SampleMessages.class)
    void readersLeaveTheirInputUntouchedSoItCanBeReused(SampleMessages sample) throws Exception {
        byte[] bytes = sample.bytes();
        for (FieldReader reader : List.of(new OurFieldReader(), new JainSipFieldReader(), new PktsFieldReader())) {
            reader.read(bytes, sample.hasAuthorization(), new ListSink());
            reader.read(bytes, sample.hasAuthorization(), new ListSink());
            assertThat(bytes).as(reader.getClass().getSimpleName()).isEqualTo(sample.bytes());
        }
    }

    /** Close to the sizes anchors.md Appendix A measured (831, 537 and 371 bytes). */
    @ParameterizedTest
    @EnumSource(SampleMessages.class)
    void messagesHaveTheSizesOfTheMeasuredOriginals(SampleMessages sample) {
        int anchor = switch (sample) {
            case INVITE -> 831;
            case REGISTER -> 537;
            case OK_200 -> 371;
        };
        assertThat(sample.bytes().length).isBetween(anchor * 85 / 100, anchor * 115 / 100);
    }

    private static List<String> expected(SampleMessages sample, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        String body = text.substring(text.indexOf("\r\n\r\n") + 4);
        return switch (sample) {
            case INVITE -> List.of("7d2f9c41-1b6e-4a8f-9e37-00907a123456@10.1.0.23", "21", "INVITE",
                    "c0a8011e-5a3f2b71", "z9hG4bK-524287-1---4f1e2d3c4b5a6978",
                    Integer.toString(body.getBytes(StandardCharsets.US_ASCII).length));
            case REGISTER -> List.of(REGISTER_CALL_ID, "2", "REGISTER", "8f3c0a21", REGISTER_BRANCH, "0", "2001",
                    "0000017c2f3a4b5c9e8d7c6b5a493827", "3b1c8f4c2e6a0d9f7a5b3c1e8d6f4a2b");
            case OK_200 -> List.of(REGISTER_CALL_ID, "2", "REGISTER", "8f3c0a21", REGISTER_BRANCH, "0");
        };
    }

    private static final class ListSink implements FieldSink {
        final List<String> values = new ArrayList<>();

        @Override
        public void accept(Object value) {
            values.add(String.valueOf(value));
        }

        @Override
        public void accept(long value) {
            values.add(Long.toString(value));
        }
    }
}
