package org.persistlab.sim.gateway;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * A truth event: a decision the gateway made, recorded through {@link Outbox#record}. Each carries
 * the virtual time, the IP Office extension concerned (the caller for outgoing, internal and
 * emergency calls, the called extension for incoming external calls; as written in the request when
 * no such user exists; empty when the request named none) and the source address of the request
 * that led to it (for expiries, the address the binding was registered from).
 */
public sealed interface GatewayEvent {
    long timeNanos();

    String extension();

    Endpoint source();

    /** A REGISTER was authenticated and bound; {@code refresh} when the extension was already bound. */
    record RegistrationAccepted(long timeNanos, String extension, Endpoint source, Transport transport,
                                boolean licensed, long expiresSeconds, boolean refresh) implements GatewayEvent { }

    /** A REGISTER was answered with a final refusal (not a challenge). */
    record RegistrationRefused(long timeNanos, String extension, Endpoint source, RefusalReason reason,
                               int status) implements GatewayEvent { }

    /** A binding ended: unregistered by the phone, or its expiry passed. */
    record Unregistered(long timeNanos, String extension, Endpoint source, boolean expired) implements GatewayEvent { }

    /** An extension took a license (or subscription) from the pool at registration. */
    record LicenseGranted(long timeNanos, String extension, Endpoint source) implements GatewayEvent { }

    /** An extension's license went back to the pool. */
    record LicenseReleased(long timeNanos, String extension, Endpoint source) implements GatewayEvent { }

    /** A freed license went to the earliest-registered emergency-only phone (domain.md §2.2). */
    record LicenseUpgraded(long timeNanos, String extension, Endpoint source) implements GatewayEvent { }

    /** An Avaya phone registered without a license: it may only call the emergency number. */
    record EmergencyOnlyRegistration(long timeNanos, String extension, Endpoint source) implements GatewayEvent { }

    /** An INVITE was forwarded; {@code target} is the dialled number or extension. */
    record CallRouted(long timeNanos, String extension, Endpoint source, CallKind kind, String callId,
                      String target) implements GatewayEvent { }

    /** An INVITE was refused by the gateway itself. */
    record CallRefused(long timeNanos, String extension, Endpoint source, CallKind kind, CallRefusal reason,
                       String callId, String target) implements GatewayEvent { }

    /** The called side answered (2xx to the initial INVITE). */
    record CallAnswered(long timeNanos, String extension, Endpoint source, CallKind kind, String callId)
            implements GatewayEvent { }

    /** A routed call is over; {@code status} is the final response for REJECTED, else 0. */
    record CallEnded(long timeNanos, String extension, Endpoint source, CallKind kind, String callId,
                     CallEndCause cause, int status) implements GatewayEvent { }

    /** A 503 with Retry-After went out because the gateway is overloaded. */
    record OverloadSent(long timeNanos, String extension, Endpoint source, String method, OverloadCause cause,
                        long retryAfterSeconds) implements GatewayEvent { }

    /** Why a REGISTER was refused. Wrong password and unknown user look the same on the wire. */
    enum RefusalReason {
        WRONG_PASSWORD, UNKNOWN_USER, USERNAME_MISMATCH, NO_LICENSE, THROTTLED, NOT_ACCEPTING, INTERVAL_TOO_BRIEF
    }

    /** The four kinds of call IP Office handles for persistent phones (DESIGN.md). */
    enum CallKind { INTERNAL, OUTGOING_EXTERNAL, INCOMING_EXTERNAL, EMERGENCY }

    /** Why the gateway refused an INVITE, with the status it answered. */
    enum CallRefusal {
        /** The caller is not a registered extension at this address (toll-fraud guard). */
        UNREGISTERED_SOURCE(403),
        /** An unlicensed phone dialled something other than the emergency number. */
        EMERGENCY_ONLY(403),
        CALLEE_UNREGISTERED(480),
        UNKNOWN_NUMBER(404),
        TRUNK_BUSY(503),
        NO_TRUNK(503),
        TOO_MANY_HOPS(483),
        CALL_LIMIT(503);

        private final int status;

        CallRefusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** How a routed call ended. */
    enum CallEndCause { BYE, CANCELLED, REJECTED, TIMEOUT }

    /** What was full when a 503 went out. */
    enum OverloadCause { REGISTER_QUEUE_FULL, TRANSACTIONS_FULL }
}
