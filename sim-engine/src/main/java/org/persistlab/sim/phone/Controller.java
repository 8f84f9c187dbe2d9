package org.persistlab.sim.phone;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * One entry of the phone's controller list, resolved for the simulation: where it is, how the phone
 * reaches it, and the identity the phone registers with there.
 *
 * @param name      for reports: {@code ACO} or {@code IPO}
 * @param address   the controller's address and port
 * @param host      the host as the settings file names it (FQDN or IP), used in Request-URIs
 * @param domain    the domain of the phone's address-of-record there
 * @param user      the user part of the address-of-record (and the digest username)
 * @param password  the digest password
 */
public record Controller(String name, Endpoint address, Transport transport, String host, String domain, String user,
                         String password) {
    /** {@code sip:host:port;transport=x}: the Request-URI of REGISTER and OPTIONS to this controller. */
    public String uri() {
        return "sip:" + host + ":" + address.port() + ";transport=" + transport.token().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code sip:user@domain}: the address-of-record. */
    public String aor() {
        return "sip:" + user + "@" + domain;
    }
}
