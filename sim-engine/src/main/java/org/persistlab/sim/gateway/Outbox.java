package org.persistlab.sim.gateway;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * Where the gateway core puts what it does; the host implements it. The simulator parses the bytes
 * into WireEvents and delivers them after the network delay, {@code lab serve} hands them to its SIP
 * stack, a benchmark drops them. The core calls it synchronously from {@code handle} and
 * {@code onTimer} and never keeps the arrays it passed.
 */
public interface Outbox {
    /**
     * One SIP message to transmit. A response goes back to the address and port the request came
     * from (RFC 3581 symmetric response routing), over the transport it came on.
     */
    void send(Endpoint dst, Transport transport, byte[] message);

    /** One truth event (what the gateway decided), in the order the decisions were made. */
    void record(GatewayEvent event);
}
