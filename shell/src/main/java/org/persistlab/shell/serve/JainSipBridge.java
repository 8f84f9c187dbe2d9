package org.persistlab.shell.serve;

import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.ResponseEventExt;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.stack.HopImpl;
import gov.nist.javax.sip.stack.MessageChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.Transaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.message.Request;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.gateway.Outbox;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/**
 * The thin adapter between JAIN-SIP and the sans-IO gateway core. Inbound, each request gets a
 * JAIN-SIP server transaction (which absorbs retransmissions and resends the last response) and its
 * encoded bytes go to the core as a {@link WireEvent}; responses to what the core forwarded go to the
 * core the same way. Outbound, a response the core sends leaves through the server transaction of
 * the request it answers (matched by top Via branch and CSeq method), and anything else (forwarded
 * requests, the proxy's own ACK and CANCEL, a 2xx relayed after its transaction ended) is sent
 * statelessly to the address the core chose, since the core keeps the proxy state itself.
 *
 * <p>The listener methods run on JAIN-SIP's threads and only queue work; the {@link Outbox} methods
 * run on the core thread.
 */
final class JainSipBridge implements SipListener, Outbox {
    private final SipStackImpl stack;
    private final SipProvider provider;
    private final Map<Transport, ListeningPoint> points;
    private final Map<Transport, Endpoint> local = new EnumMap<>(Transport.class);
    private final Map<String, ServerTransaction> pending = new ConcurrentHashMap<>();
    private final StringMsgParser parser = new StringMsgParser();
    private final ServerListener listener;
    private final AtomicLong sendFailures = new AtomicLong();
    private volatile CoreLoop loop;

    JainSipBridge(SipStackImpl stack, SipProvider provider, Map<Transport, ListeningPoint> points,
                  ServerListener listener) throws UnknownHostException {
        this.stack = stack;
        this.provider = provider;
        this.points = points;
        this.listener = listener;
        for (Map.Entry<Transport, ListeningPoint> e : points.entrySet()) {
            ListeningPoint lp = e.getValue();
            local.put(e.getKey(), Endpoint.of(InetAddress.getByName(lp.getIPAddress()).getAddress(), lp.getPort()));
        }
    }

    /** Connects the core loop; messages arriving before this are dropped. */
    void attach(CoreLoop coreLoop) {
        this.loop = coreLoop;
    }

    /** Messages the core sent that could not be handed to the stack. */
    long sendFailures() {
        return sendFailures.get();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        SIPMessage m = (SIPMessage) request;
        boolean ack = Request.ACK.equals(request.getMethod());
        ServerTransaction st = ack ? null : event.getServerTransaction();
        if (st == null && !ack) {
            try {
                st = provider.getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException e) {
                return; // a retransmission the stack's transaction already answers
            } catch (TransactionUnavailableException e) {
                st = null; // the stack's table is full: the core still answers, statelessly
            }
        }
        if (st != null) {
            pending.put(key(m.getTopmostVia().getBranch(), request.getMethod()), st);
        }
        RequestEventExt ext = event instanceof RequestEventExt r ? r : null;
        deliver(m, ext == null ? null : ext.getRemoteIpAddress(), ext == null ? -1 : ext.getRemotePort());
    }

    @Override
    public void processResponse(ResponseEvent event) {
        ResponseEventExt ext = event instanceof ResponseEventExt r ? r : null;
        deliver((SIPMessage) event.getResponse(), ext == null ? null : ext.getRemoteIpAddress(),
                ext == null ? -1 : ext.getRemotePort());
    }

    private void deliver(SIPMessage m, String remoteIp, int remotePort) {
        CoreLoop l = loop;
        Transport transport = Transport.fromToken(m.getTopmostVia().getTransport());
        Endpoint dst = transport == null ? null : local.get(transport);
        Endpoint src = source(m, remoteIp, remotePort);
        if (l == null || dst == null || src == null) {
            return;
        }
        byte[] bytes = withUnparsedHeaders(m.encodeAsBytes(transport.token()), m);
        if (!l.deliver(now -> new WireEvent(now, src, dst, transport, SipMessage.parse(bytes)))) {
            long dropped = l.dropped();
            if (dropped == 1 || dropped % 1000 == 0) { // a flood must not become a flood of lines too
                listener.notice("dropped a " + describe(m) + " from " + src + ": the gateway core is saturated ("
                        + dropped + " dropped so far)");
            }
        }
    }

    /**
     * The message as JAIN-SIP re-encodes it, plus every header line its lenient parser could not read
     * and set aside (a Contact with no closing bracket, say): the core must judge what the phone sent,
     * not what JAIN-SIP made of it, or a broken header would silently mean "absent". They go just
     * before the blank line that ends the headers.
     */
    private static byte[] withUnparsedHeaders(byte[] encoded, SIPMessage m) {
        java.util.ListIterator<String> unparsed = m.getUnrecognizedHeaders();
        if (unparsed == null || !unparsed.hasNext()) {
            return encoded;
        }
        StringBuilder extra = new StringBuilder();
        unparsed.forEachRemaining(h -> extra.append(h.strip()).append("\r\n"));
        int end = headerEnd(encoded);
        byte[] add = extra.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[encoded.length + add.length];
        System.arraycopy(encoded, 0, out, 0, end);
        System.arraycopy(add, 0, out, end, add.length);
        System.arraycopy(encoded, end, out, end + add.length, encoded.length - end);
        return out;
    }

    /** Offset of the CRLF that makes the empty line after the last header (just after the last header's CRLF). */
    private static int headerEnd(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i + 2;
            }
        }
        return b.length;
    }

    /** The packet's source as the stack saw it; the top Via's received/rport when the stack did not say. */
    private static Endpoint source(SIPMessage m, String remoteIp, int remotePort) {
        String ip = remoteIp;
        int port = remotePort;
        if (ip == null || port <= 0) {
            var via = m.getTopmostVia();
            ip = via.getReceived() != null ? via.getReceived() : via.getHost();
            port = via.getRPort() > 0 ? via.getRPort() : via.getPort();
        }
        try {
            return Endpoint.of(InetAddress.getByName(ip).getAddress(), Math.max(port, 0));
        } catch (UnknownHostException e) {
            return null; // only literal addresses reach here; a name that is not one is not worth a lookup
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        Transaction t = event.isServerTransaction() ? event.getServerTransaction() : event.getClientTransaction();
        forget(t);
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        listener.notice("transport error toward " + event.getHost() + ":" + event.getPort() + " over "
                + event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        forget(event.isServerTransaction() ? event.getServerTransaction() : event.getClientTransaction());
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // no dialogs: AUTOMATIC_DIALOG_SUPPORT is off, the core keeps call state
    }

    private void forget(Transaction t) {
        if (t instanceof ServerTransaction st && st.getRequest() != null) {
            pending.remove(key(st.getBranchId(), st.getRequest().getMethod()), st);
        }
    }

    @Override
    public void send(Endpoint dst, Transport transport, byte[] message) {
        SIPMessage m;
        try {
            m = parser.parseSIPMessage(message, true, false, null);
        } catch (ParseException e) {
            failed("the core wrote a message JAIN-SIP cannot parse (" + e.getMessage() + ")", dst);
            return;
        }
        try {
            if (m instanceof SIPResponse r && sendInTransaction(r)) {
                return;
            }
            sendStateless(m, dst, transport);
        } catch (SipException | InvalidArgumentException | IOException | RuntimeException e) {
            failed("could not send " + describe(m) + " (" + e.getMessage() + ")", dst);
        }
    }

    /** True when the response went through the server transaction of its request. */
    private boolean sendInTransaction(SIPResponse r) throws SipException, InvalidArgumentException {
        String key = key(r.getTopmostVia().getBranch(), r.getCSeq().getMethod());
        ServerTransaction st = pending.get(key);
        if (st == null) {
            return false;
        }
        if (r.getStatusCode() >= 200) {
            pending.remove(key, st);
        }
        st.sendResponse(r);
        return true;
    }

    private void sendStateless(SIPMessage m, Endpoint dst, Transport transport) throws IOException {
        ListeningPoint lp = points.get(transport);
        if (lp == null) {
            throw new IOException("no " + transport + " listening point");
        }
        HopImpl hop = new HopImpl(dst.address(), dst.port(), transport.token());
        MessageChannel channel = stack.createRawMessageChannel(lp.getIPAddress(), lp.getPort(), hop);
        if (channel == null) {
            throw new IOException("no " + transport + " channel to " + dst);
        }
        channel.sendMessage(m, hop);
    }

    @Override
    public void record(GatewayEvent event) {
        listener.event(event);
    }

    private void failed(String what, Endpoint dst) {
        sendFailures.incrementAndGet();
        listener.notice(what + " toward " + dst);
    }

    private static String key(String branch, String method) {
        return branch + ' ' + method;
    }

    private static String describe(SIPMessage m) {
        return m instanceof SIPResponse r ? r.getStatusCode() + " response to " + r.getCSeq().getMethod()
                : ((Request) m).getMethod();
    }
}
