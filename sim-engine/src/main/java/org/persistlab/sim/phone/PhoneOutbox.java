package org.persistlab.sim.phone;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/** Where a sans-IO phone puts what it does; the simulation (or a test) delivers it. */
public interface PhoneOutbox {
    /**
     * Sends a SIP message. Over TCP/TLS the source port names the connection: a new port means a new
     * connection (the network charges the handshake); the same port reuses it.
     */
    void send(Endpoint src, Endpoint dst, Transport transport, byte[] message);

    /** A TCP keep-alive probe on the connection {@code src -> dst}; an answer comes back as {@link PhoneCore#onKeepAliveAnswered}. */
    void keepAlive(Endpoint src, Endpoint dst);

    /** A fact for the truth timeline. */
    void event(PhoneEvent event);
}
