package org.persistlab.bench.parser;

import gov.nist.javax.sip.header.Authorization;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * JAIN-SIP's {@code StringMsgParser.parseSIPMessage(bytes, true, false, null)}: the full object model.
 * One parser per reader, reused across messages (it is not thread-safe; reuse is its best case).
 */
public final class JainSipFieldReader implements FieldReader {
    private final StringMsgParser parser = new StringMsgParser();

    @Override
    public void read(byte[] message, boolean withAuthorization, FieldSink sink) throws Exception {
        SIPMessage m = parser.parseSIPMessage(message, true, false, null);
        sink.accept(m.getCallId().getCallId());
        sink.accept(m.getCSeq().getSeqNumber());
        sink.accept(m.getCSeq().getMethod());
        sink.accept(m.getFrom().getTag());
        sink.accept(m.getTopmostVia().getBranch());
        sink.accept(m.getContentLength().getContentLength());
        if (withAuthorization) {
            Authorization a = m.getAuthorization();
            sink.accept(a.getUsername());
            sink.accept(a.getNonce());
            sink.accept(a.getResponse());
        }
    }
}
