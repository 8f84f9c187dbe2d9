package org.persistlab.bench.parser;

import org.persistlab.sip.AuthHeader;
import org.persistlab.sip.SipMessage;

/** Our lazy one-pass {@link SipMessage}. */
public final class OurFieldReader implements FieldReader {
    @Override
    public void read(byte[] message, boolean withAuthorization, FieldSink sink) {
        SipMessage m = SipMessage.parse(message);
        sink.accept(m.callId());
        sink.accept(m.cseqNumber());
        sink.accept(m.cseqMethod());
        sink.accept(m.fromTag());
        sink.accept(m.topVia().branch());
        sink.accept(m.contentLength());
        if (withAuthorization) {
            AuthHeader a = m.authorization();
            sink.accept(a.param("username"));
            sink.accept(a.param("nonce"));
            sink.accept(a.param("response"));
        }
    }
}
