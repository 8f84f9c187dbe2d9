package org.persistlab.sim.run;

import org.persistlab.sim.kernel.Simulator;
import org.persistlab.sim.network.Network;
import org.persistlab.sim.pstn.PstnCore;
import org.persistlab.sim.truth.TruthRecorder;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.WireEvent;

/** The PSTN carrier in the simulation. */
final class PstnNode extends CoreDriver implements Network.Node, PstnCore.Outbox {
    final PstnCore core;
    private final Network network;
    private final TruthRecorder truth;
    private final long[] startedAt;

    PstnNode(Simulator sim, PstnCore core, Network network, TruthRecorder truth, int phones) {
        super(sim);
        this.core = core;
        this.network = network;
        this.truth = truth;
        this.startedAt = new long[phones];
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

    void placeCall(long now, int phone, Endpoint trunk, String number, String domain, long holding) {
        startedAt[phone] = now;
        core.placeCall(now, phone, trunk, Transport.TCP, number, domain, holding, this);
        reschedule();
    }

    @Override
    public void send(Endpoint dst, Transport transport, byte[] message) {
        network.send(core.address(), dst, transport, message);
    }

    @Override
    public void incomingFinished(long now, int phone, int status, boolean completed) {
        truth.onIncoming(startedAt[phone], completed, false);
    }
}
