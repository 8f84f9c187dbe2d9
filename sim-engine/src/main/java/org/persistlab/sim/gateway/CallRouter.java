package org.persistlab.sim.gateway;

import org.persistlab.sim.gateway.GatewayEvent.CallKind;
import org.persistlab.sim.gateway.GatewayEvent.CallRefusal;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipUri;
import org.persistlab.sip.Transport;

/**
 * Decides where an initial INVITE goes (DESIGN.md, "Gateway"): from the trunk, an incoming external
 * call to the extension in the Request-URI; otherwise the caller must be a registered extension
 * calling from the address it registered from (so nothing unregistered ever reaches the trunk), and
 * then the emergency number goes to the trunk always, an unlicensed phone may call nothing else, a
 * registered extension is an internal call, an unregistered one gets 480, and anything else leaves
 * on the trunk if a channel is free. Emergency calls take no trunk channel (ASSUMPTION: they are not
 * limited by the channel count).
 */
final class CallRouter {
    private final GatewayConfig config;
    private final UserDirectory users;
    private final Bindings bindings;
    private final CallTable table;
    private final Proxy proxy;
    private final GatewayCounters counters;

    CallRouter(GatewayConfig config, UserDirectory users, Bindings bindings, CallTable table, Proxy proxy,
               GatewayCounters counters) {
        this.config = config;
        this.users = users;
        this.bindings = bindings;
        this.table = table;
        this.proxy = proxy;
        this.counters = counters;
    }

    void route(Exchange x) {
        SipMessage m = x.msg();
        String target = userOf(SipUri.parse(m.requestUri()));
        String fromUser = userOf(m.from().sipUri());
        long maxForwards = Proxy.maxForwards(m);
        String branch = m.topVia().branch();
        Call existing = table.byCallId(m.callId());
        if (existing != null) {
            if (existing.callerBranch != null && existing.callerBranch.equals(branch)) {
                counters.absorbed(); // the same INVITE again, where no server transaction caught it
                return;
            }
            if (existing.state != Call.State.ENDED) {
                x.reply(482); // a second INVITE for a call being set up: merged request (§8.2.2.2)
                return;
            }
            table.remove(existing);
        }
        x.reply(100);
        Endpoint trunk = config.trunkEndpoint();
        if (trunk != null && x.src().sameAddress(trunk)) {
            incoming(x, target, maxForwards);
        } else {
            outgoing(x, fromUser, target, maxForwards);
        }
    }

    private void incoming(Exchange x, String target, long maxForwards) {
        int callee = users.slotOf(target);
        CallKind kind = CallKind.INCOMING_EXTERNAL;
        if (maxForwards == 0) {
            refuse(x, kind, CallRefusal.TOO_MANY_HOPS, target, target);
        } else if (callee < 0) {
            refuse(x, kind, CallRefusal.UNKNOWN_NUMBER, target, target);
        } else if (!bindings.isBound(callee)) {
            refuse(x, kind, CallRefusal.CALLEE_UNREGISTERED, target, target);
        } else if (table.channelsInUse() >= config.trunkChannels()) {
            refuse(x, kind, CallRefusal.TRUNK_BUSY, target, target);
        } else {
            forward(x, kind, target, target, bindings.source(callee), bindings.transport(callee),
                    bindings.contact(callee), true);
        }
    }

    private void outgoing(Exchange x, String caller, String target, long maxForwards) {
        int callerSlot = users.slotOf(caller);
        int callee = users.slotOf(target);
        boolean emergency = config.emergencyNumbers().contains(target);
        CallKind kind = emergency ? CallKind.EMERGENCY : callee >= 0 ? CallKind.INTERNAL : CallKind.OUTGOING_EXTERNAL;
        Endpoint trunk = config.trunkEndpoint();
        if (callerSlot < 0 || !bindings.isBound(callerSlot) || !bindings.source(callerSlot).sameAddress(x.src())) {
            refuse(x, kind, CallRefusal.UNREGISTERED_SOURCE, caller, target);
        } else if (maxForwards == 0) {
            refuse(x, kind, CallRefusal.TOO_MANY_HOPS, caller, target);
        } else if (emergency) {
            if (trunk == null) {
                refuse(x, kind, CallRefusal.NO_TRUNK, caller, target);
            } else {
                forward(x, kind, caller, target, trunk, config.trunkTransport(), trunkUri(target, trunk), false);
            }
        } else if (!bindings.isLicensed(callerSlot)) {
            refuse(x, kind, CallRefusal.EMERGENCY_ONLY, caller, target);
        } else if (target.isEmpty()) {
            refuse(x, kind, CallRefusal.UNKNOWN_NUMBER, caller, target); // no number dialled at all
        } else if (kind == CallKind.INTERNAL) {
            if (!bindings.isBound(callee)) {
                refuse(x, kind, CallRefusal.CALLEE_UNREGISTERED, caller, target);
            } else {
                forward(x, kind, caller, target, bindings.source(callee), bindings.transport(callee),
                        bindings.contact(callee), false);
            }
        } else if (trunk == null) {
            refuse(x, kind, CallRefusal.NO_TRUNK, caller, target);
        } else if (table.channelsInUse() >= config.trunkChannels()) {
            refuse(x, kind, CallRefusal.TRUNK_BUSY, caller, target);
        } else {
            forward(x, kind, caller, target, trunk, config.trunkTransport(), trunkUri(target, trunk), true);
        }
    }

    private void forward(Exchange x, CallKind kind, String extension, String target, Endpoint dst, Transport t,
                         String requestUri, boolean usesChannel) {
        if (!proxy.forwardInitial(x, kind, extension, target, dst, t, requestUri, usesChannel)) {
            refuse(x, kind, CallRefusal.CALL_LIMIT, extension, target);
        }
    }

    private void refuse(Exchange x, CallKind kind, CallRefusal reason, String extension, String target) {
        ResponseWriter r = x.respond(reason.status(), true);
        if (reason == CallRefusal.CALL_LIMIT) {
            r.header("Retry-After", config.overloadRetryAfterSeconds());
        }
        x.reply(r.finish(), reason.status());
        counters.callRefused(reason);
        x.out.record(new GatewayEvent.CallRefused(x.now, extension, x.src(), kind, reason, x.msg().callId(), target));
    }

    private static String trunkUri(String number, Endpoint trunk) {
        return "sip:" + number + "@" + trunk;
    }

    private static String userOf(SipUri uri) {
        return uri.user() == null ? "" : uri.user();
    }
}
