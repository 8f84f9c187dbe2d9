package org.persistlab.sim.gateway;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * A read-only window on a {@link GatewayCore}'s state: bindings and licenses per extension, and the
 * size of every bounded table beside its limit (so a flood can be shown not to grow memory). Reads
 * the live state; it is not a snapshot.
 */
public final class GatewayView {
    private final UserDirectory users;
    private final Bindings bindings;
    private final CallTable calls;
    private final ServerTransactions serverTxs;
    private final SourceThrottle throttle;
    private final TlsConnections tls;
    private final RegisterQueue queue;
    private final DeadlineHeap timers;

    GatewayView(UserDirectory users, Bindings bindings, CallTable calls, ServerTransactions serverTxs,
                SourceThrottle throttle, TlsConnections tls, RegisterQueue queue, DeadlineHeap timers) {
        this.users = users;
        this.bindings = bindings;
        this.calls = calls;
        this.serverTxs = serverTxs;
        this.throttle = throttle;
        this.tls = tls;
        this.queue = queue;
        this.timers = timers;
    }

    public boolean isRegistered(String extension) {
        int s = users.slotOf(extension);
        return s >= 0 && bindings.isBound(s);
    }

    /** Registered and holding a license (or subscription). */
    public boolean isLicensed(String extension) {
        int s = users.slotOf(extension);
        return s >= 0 && bindings.isBound(s) && bindings.isLicensed(s);
    }

    /** Registered without a license: may only call the emergency number. */
    public boolean isEmergencyOnly(String extension) {
        int s = users.slotOf(extension);
        return s >= 0 && bindings.isBound(s) && !bindings.isLicensed(s);
    }

    /** Where the extension registered from, or null. */
    public Endpoint bindingSource(String extension) {
        int s = users.slotOf(extension);
        return s >= 0 && bindings.isBound(s) ? bindings.source(s) : null;
    }

    public Transport bindingTransport(String extension) {
        int s = users.slotOf(extension);
        return s >= 0 && bindings.isBound(s) ? bindings.transport(s) : null;
    }

    public String bindingContact(String extension) {
        int s = users.slotOf(extension);
        return s >= 0 && bindings.isBound(s) ? bindings.contact(s) : null;
    }

    public int bindings() {
        return bindings.active();
    }

    public int licensesInUse() {
        return bindings.licensesInUse();
    }

    public int licenses() {
        return bindings.licenses();
    }

    public int calls() {
        return calls.calls();
    }

    public int trunkChannelsInUse() {
        return calls.channelsInUse();
    }

    public int serverTransactions() {
        return serverTxs.size();
    }

    public int serverTransactionLimit() {
        return serverTxs.capacity();
    }

    public int proxyTransactions() {
        return calls.transactions();
    }

    public int queuedRegisters() {
        return queue.size();
    }

    public int registerQueueCapacity() {
        return queue.capacity();
    }

    /** Addresses remembered for throttling. */
    public int throttleEntries() {
        return throttle.tracked();
    }

    public int tlsPeers() {
        return tls.tracked();
    }

    public int armedTimers() {
        return timers.size();
    }

    public int timerCapacity() {
        return timers.capacity();
    }
}
