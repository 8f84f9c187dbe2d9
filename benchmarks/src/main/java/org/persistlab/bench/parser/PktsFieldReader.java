package org.persistlab.bench.parser;

import io.pkts.buffer.Buffers;
import io.pkts.packet.sip.SipMessage;
import io.pkts.packet.sip.header.CSeqHeader;
import io.pkts.packet.sip.header.SipHeader;
import org.persistlab.sip.AuthHeader;

/**
 * pkts.io 3.0.18's lazy {@code SipMessage.frame}. Its fields come back as {@code Buffer} views and are
 * passed on as such. pkts has no typed Authorization header, and it splits that header's value at
 * every comma into one header per parameter; the pieces are joined back into text and read with the
 * same parameter parser our own reader uses, so both sides pay the same for the parameters.
 */
public final class PktsFieldReader implements FieldReader {
    @Override
    public void read(byte[] message, boolean withAuthorization, FieldSink sink) throws Exception {
        SipMessage m = SipMessage.frame(Buffers.wrap(message));
        sink.accept(m.getCallIDHeader().getCallId());
        CSeqHeader cseq = m.getCSeqHeader();
        sink.accept(cseq.getSeqNumber());
        sink.accept(cseq.getMethod());
        sink.accept(m.getFromHeader().getTag());
        sink.accept(m.getViaHeader().getBranch());
        sink.accept(m.getContentLength());
        if (withAuthorization) {
            StringBuilder value = new StringBuilder(160);
            for (SipHeader piece : m.getHeaders("Authorization")) {
                if (value.length() > 0) {
                    value.append(',');
                }
                value.append(piece.getValue());
            }
            AuthHeader a = AuthHeader.parse(value.toString());
            sink.accept(a.param("username"));
            sink.accept(a.param("nonce"));
            sink.accept(a.param("response"));
        }
    }
}
