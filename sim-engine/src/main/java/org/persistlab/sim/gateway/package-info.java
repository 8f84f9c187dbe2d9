/**
 * The IP Office IP500 V2 persistent gateway as a sans-IO core (DESIGN.md "Gateway (IP Office)",
 * STYLE.md item 7): the same object runs in the simulator, behind JAIN-SIP sockets in
 * {@code lab serve}, and alone under JMH.
 *
 * <h2>How a host drives it</h2>
 * <pre>{@code
 * GatewayCore core = new GatewayCore(GatewayConfig.builder().seed(seed).endpointLicenses(10).build(), users);
 * core.handle(now, wireEvent, outbox);          // a message arrived
 * long next = core.nextDeadline();              // arm one wake-up (Long.MAX_VALUE: none)
 * core.onTimer(now, outbox);                    // at or after it; early or repeated calls do nothing
 * core.connectionClosed(peer, Transport.TLS);   // optional: the next TLS request pays a handshake again
 * }</pre>
 * The {@link org.persistlab.sim.gateway.Outbox} receives the bytes to send (responses go back to the
 * request's source address and transport) and the truth events
 * ({@link org.persistlab.sim.gateway.GatewayEvent}). {@link org.persistlab.sim.gateway.GatewayCore#view()}
 * and {@link org.persistlab.sim.gateway.GatewayCore#counters()} read the state and the totals.
 *
 * <h2>Behaviour</h2>
 * Registrar: every REGISTER is challenged (Digest MD5, qop=auth, stateless nonces keyed from the
 * seed); a nonce older than the challenge expiry gets {@code stale=true}; wrong password, unknown
 * user and someone else's extension all get the same 403 and count toward throttling the source
 * address. Licenses: a pool taken in registration order; an unlicensed Avaya phone (User-Agent
 * contains "Avaya") registers emergency-only; an unlicensed third-party phone gets 403; a released
 * license goes to the earliest-registered emergency-only phone. REGISTER service: a FIFO single
 * server with a service time (plus a TLS handshake time for a new connection) and a bounded queue;
 * overflow gets 503 with Retry-After at once. Calls: a stateful record-routing proxy (RFC 3261 §16)
 * for internal, outgoing external (trunk channel limit), incoming external and emergency calls; the
 * caller must be a registered extension at the address it registered from.
 *
 * <h2>Choices no source makes for us (ASSUMPTIONs)</h2>
 * Each is a {@link org.persistlab.sim.gateway.GatewayConfig.Builder} default, documented there:
 * realm "ipoffice"; gateway 192.0.2.10 (5060 UDP/TCP, 5061 TLS); licenses 384; minimum expiry 60 s;
 * expiries above 3600 s cut to 3600 s; REGISTER service time 0; TLS handshake 2 x service time; queue
 * 200; Retry-After 10 s; trunk 198.51.100.1:5060 over UDP with 20 channels; Timer C 181 s; 4096
 * transactions, 4096 tracked addresses, 512 calls; 5 failures in 60 s block an address for 60 s.
 * Beyond the config: emergency calls take no trunk channel and are not limited by the channel count;
 * only the first Contact of a REGISTER is bound; the digest {@code uri} is not compared with the
 * Request-URI and nonce counts are not tracked (nonces are stateless, so memory stays bounded);
 * responses go to the request's source address and port (RFC 3581 style); a CANCEL ends the call
 * (and frees its channel) at once; a retransmitted request that has had no answer downstream is
 * forwarded again with the same branch instead of the proxy running Timers A/E itself.
 */
package org.persistlab.sim.gateway;
