package org.persistlab.sim.run;

import org.persistlab.sim.kernel.Simulator;
import org.persistlab.sim.network.Network;
import org.persistlab.sim.phone.PhoneCore;
import org.persistlab.sim.phone.PhoneEvent;
import org.persistlab.sim.phone.PhoneOutbox;
import org.persistlab.sim.truth.TruthRecorder;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/** A phone in the simulation: its core, wired to the network and the truth recorder. */
final class PhoneNode extends CoreDriver implements Network.Node, PhoneOutbox {
    final PhoneCore core;
    private final Network network;
    private final TruthRecorder truth;
    private final java.util.List<java.util.function.Consumer<PhoneEvent>> listeners = new java.util.ArrayList<>(0);

    PhoneNode(Simulator sim, PhoneCore core, Network network, TruthRecorder truth) {
        super(sim);
        this.core = core;
        this.network = network;
        this.truth = truth;
    }

    @Override
    long nextDeadline() {
        return core.nextDeadline();
    }

    @Override
    void onTimer(long now) {
        core.onTimer(now, this);
    }

    @Override
    public void deliver(long now, WireEvent event) {
        core.handle(now, event, this);
        reschedule();
    }

    @Override
    public void transportError(long now, Endpoint peer) {
        core.onTransportError(now, peer, this);
        reschedule();
    }

    @Override
    public void keepAliveAnswered(long now, Endpoint peer) {
        core.onKeepAliveAnswered(now, peer, this);
        reschedule();
    }

    void adminFailback(long now) {
        core.adminFailback(now, this);
        reschedule();
    }

    @Override
    public void send(Endpoint src, Endpoint dst, Transport transport, byte[] message) {
        network.send(src, dst, transport, message);
    }

    @Override
    public void keepAlive(Endpoint src, Endpoint dst) {
        network.keepAlive(src, dst);
    }

    void addListener(java.util.function.Consumer<PhoneEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void event(PhoneEvent event) {
        truth.onPhoneEvent(event);
        for (java.util.function.Consumer<PhoneEvent> l : listeners) {
            l.accept(event);
        }
    }
}
