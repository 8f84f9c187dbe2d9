package org.persistlab.sim.gateway;

import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;

/**
 * The registrar's bindings, one per user slot, and the license pool they draw from (domain.md
 * §2.2): licenses go in registration order; an Avaya phone that finds none registers emergency-only;
 * a third-party phone that finds none is refused; a released license goes to the earliest-registered
 * emergency-only phone. A refresh keeps whatever the binding had. Each binding's expiry is the timer
 * handle equal to its slot in the {@link DeadlineHeap}.
 */
final class Bindings {
    enum Outcome { NEW_LICENSED, NEW_EMERGENCY_ONLY, REFRESHED, NO_LICENSE }

    private final UserDirectory users;
    private final DeadlineHeap timers;
    private final int licenses;
    private final boolean[] bound;
    private final boolean[] licensed;
    private final String[] contact;
    /** The contact URI's bytes, so a refresh can tell "same contact" without decoding one. */
    private final byte[][] contactBytes;
    private final Endpoint[] source;
    private final Transport[] transport;
    private final long[] expiresAt;
    /** When each binding began, as a sequence number: "registration order" for licenses. */
    private final long[] order;
    private long nextOrder;
    private int active;
    private int licensesInUse;

    Bindings(UserDirectory users, int licenses, DeadlineHeap timers) {
        this.users = users;
        this.licenses = licenses;
        this.timers = timers;
        int n = users.size();
        bound = new boolean[n];
        licensed = new boolean[n];
        contact = new String[n];
        contactBytes = new byte[n][];
        source = new Endpoint[n];
        transport = new Transport[n];
        expiresAt = new long[n];
        order = new long[n];
    }

    /** Binds or refreshes; on {@link Outcome#NO_LICENSE} nothing changed. */
    Outcome bind(long now, int slot, boolean avaya, String contactUri, Endpoint src, Transport t, long expiresNanos,
                 Outbox out) {
        Outcome outcome;
        if (bound[slot]) {
            outcome = Outcome.REFRESHED;
        } else if (licensesInUse < licenses) {
            outcome = Outcome.NEW_LICENSED;
        } else if (avaya) {
            outcome = Outcome.NEW_EMERGENCY_ONLY;
        } else {
            return Outcome.NO_LICENSE;
        }
        if (contact[slot] != contactUri) {
            contact[slot] = contactUri;
            contactBytes[slot] = contactUri.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        source[slot] = src;
        transport[slot] = t;
        expiresAt[slot] = now + expiresNanos;
        // A refresh usually pushes the expiry later: the armed deadline then stays where it is and,
        // when it fires, re-arms at the new expiry (see expire). Only an earlier expiry moves it now.
        if (expiresAt[slot] < timers.deadlineOf(slot)) {
            timers.schedule(slot, expiresAt[slot]);
        }
        if (outcome == Outcome.REFRESHED) {
            return outcome;
        }
        bound[slot] = true;
        order[slot] = nextOrder++;
        active++;
        String ext = users.user(slot).extension();
        if (outcome == Outcome.NEW_LICENSED) {
            licensed[slot] = true;
            licensesInUse++;
            out.record(new GatewayEvent.LicenseGranted(now, ext, src));
        } else {
            out.record(new GatewayEvent.EmergencyOnlyRegistration(now, ext, src));
        }
        return outcome;
    }

    /** Ends a binding (unregistered, or expired) and passes a freed license on. No-op when not bound. */
    void unbind(long now, int slot, boolean expired, Outbox out) {
        if (!bound[slot]) {
            return;
        }
        String ext = users.user(slot).extension();
        Endpoint src = source[slot];
        bound[slot] = false;
        active--;
        timers.cancel(slot);
        out.record(new GatewayEvent.Unregistered(now, ext, src, expired));
        if (licensed[slot]) {
            licensed[slot] = false;
            licensesInUse--;
            out.record(new GatewayEvent.LicenseReleased(now, ext, src));
            upgradeEarliestEmergencyOnly(now, out);
        }
        contact[slot] = null;
        contactBytes[slot] = null;
        source[slot] = null;
        transport[slot] = null;
    }

    /** The expiry timer of a slot fired: ends the binding if its expiry has come, else re-arms at it. */
    void expire(long now, int slot, Outbox out) {
        if (!bound[slot]) {
            return;
        }
        if (expiresAt[slot] <= now) {
            unbind(now, slot, true, out);
        } else {
            timers.schedule(slot, expiresAt[slot]);
        }
    }

    /** At most 384 slots, and this runs only when a license is freed, so a scan is the simple choice. */
    private void upgradeEarliestEmergencyOnly(long now, Outbox out) {
        int best = -1;
        for (int s = 0; s < bound.length; s++) {
            if (bound[s] && !licensed[s] && (best < 0 || order[s] < order[best])) {
                best = s;
            }
        }
        if (best >= 0 && licensesInUse < licenses) {
            licensed[best] = true;
            licensesInUse++;
            out.record(new GatewayEvent.LicenseUpgraded(now, users.user(best).extension(), source[best]));
        }
    }

    boolean isBound(int slot) {
        return bound[slot];
    }

    boolean isLicensed(int slot) {
        return licensed[slot];
    }

    String contact(int slot) {
        return contact[slot];
    }

    /** True when the slot is bound to exactly the contact written in {@code b[start, end)}. */
    boolean hasContact(int slot, byte[] b, int start, int end) {
        byte[] c = contactBytes[slot];
        return bound[slot] && c != null && java.util.Arrays.equals(c, 0, c.length, b, start, end);
    }

    Endpoint source(int slot) {
        return source[slot];
    }

    Transport transport(int slot) {
        return transport[slot];
    }

    /** Seconds left on a binding, rounded up (for a 200 that lists the current binding). */
    long secondsLeft(int slot, long now) {
        return Math.max(0, (expiresAt[slot] - now + 999_999_999L) / 1_000_000_000L);
    }

    int active() {
        return active;
    }

    int licensesInUse() {
        return licensesInUse;
    }

    int emergencyOnly() {
        return active - licensesInUse;
    }

    int licenses() {
        return licenses;
    }
}
