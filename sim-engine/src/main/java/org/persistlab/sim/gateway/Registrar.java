package org.persistlab.sim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.persistlab.sim.gateway.DigestFields.Field;
import org.persistlab.sim.gateway.GatewayEvent.RefusalReason;
import org.persistlab.sip.Address;
import org.persistlab.sip.ByteSink;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipUri;
import org.persistlab.sip.digest.NonceIssuer;

/**
 * The REGISTER logic of RFC 3261 §10.3 with IP Office's rules: every REGISTER without valid
 * credentials is challenged (401, Digest MD5, qop=auth, a stateless nonce that expires after the
 * challenge expiry); an expired nonce gets a fresh challenge with {@code stale=true}; a wrong
 * password, an unknown user and a username that is not the registered extension all get the same
 * 403 and count toward throttling; an accepted REGISTER binds, unbinds (expiry 0 or Contact *) or
 * lists the binding. Called when the REGISTER is served (after any queueing).
 *
 * <p>The usual To and Contact shapes are read in place ({@link AddressScan}); anything unusual goes
 * through the sip module's parser, so the answer is the same either way.
 */
final class Registrar {
    private static final long SECOND = 1_000_000_000L;
    private static final byte[] CHALLENGE_END = bytes("\", algorithm=MD5, qop=\"auth\"");
    private static final byte[] STALE = bytes(", stale=TRUE");
    private static final byte[] CONTACT_OPEN = bytes("Contact: <");
    private static final byte[] CONTACT_EXPIRES = bytes(">;expires=");
    private static final byte[] EXPIRES = bytes("Expires: ");

    private final GatewayConfig config;
    private final UserDirectory users;
    private final Bindings bindings;
    private final NonceIssuer nonces;
    private final SourceThrottle throttle;
    private final GatewayCounters counters;
    private final DigestFields fields = new DigestFields();
    private final DigestVerifier verifier = new DigestVerifier();
    private final AddressScan to = new AddressScan();
    private final AddressScan contact = new AddressScan();
    private final byte[] challengeStart;

    Registrar(GatewayConfig config, UserDirectory users, Bindings bindings, NonceIssuer nonces,
              SourceThrottle throttle, GatewayCounters counters) {
        this.config = config;
        this.users = users;
        this.bindings = bindings;
        this.nonces = nonces;
        this.throttle = throttle;
        this.counters = counters;
        this.challengeStart = bytes("WWW-Authenticate: Digest realm=\"" + config.realm() + "\", nonce=\"");
    }

    void process(Exchange x) {
        int auth = x.raw.find(HeaderName.AUTHORIZATION, 0);
        if (auth < 0 || !scanCredentials(x, auth) || !fields.has(Field.USERNAME) || !fields.has(Field.NONCE)) {
            challenge(x, false);
            return;
        }
        NonceIssuer.Status nonce = nonces.check(fields.string(Field.NONCE), x.now, config.challengeExpiryNanos());
        if (nonce == NonceIssuer.Status.FORGED || !fields.is(Field.REALM, config.realm(), false)) {
            challenge(x, false);
            return;
        }
        if (nonce == NonceIssuer.Status.EXPIRED) {
            challenge(x, true);
            return;
        }
        if (!usernameIsAor(x)) {
            refuse(x, aorUser(x.msg()), RefusalReason.USERNAME_MISMATCH, 403, true);
            return;
        }
        int slot = fields.slotIn(Field.USERNAME, users);
        if (slot < 0) {
            refuse(x, aorUser(x.msg()), RefusalReason.UNKNOWN_USER, 403, true);
            return;
        }
        if (!verifier.verify(fields, users.ha1(slot), "REGISTER")) {
            refuse(x, aorUser(x.msg()), RefusalReason.WRONG_PASSWORD, 403, true);
            return;
        }
        update(x, slot);
    }

    /** The digest username must be the extension being registered: the user part of the To URI (§10.3 step 5). */
    private boolean usernameIsAor(Exchange x) {
        int h = x.raw.find(HeaderName.TO, 0);
        if (to.scan(x.raw, h)) {
            return to.userStart >= 0 && fields.sameAs(Field.USERNAME, x.raw.bytes(), to.userStart, to.userEnd);
        }
        return fields.string(Field.USERNAME).equals(aorUser(x.msg()));
    }

    /** The authenticated part: RFC 3261 §10.3 steps 6-8 for the first contact. Parses everything before changing anything. */
    private void update(Exchange x, int slot) {
        SipMessage m = x.msg();
        long headerExpires = m.expires();
        int c = x.raw.find(HeaderName.CONTACT, 0);
        boolean fast = c >= 0 && x.raw.find(HeaderName.CONTACT, c + 1) < 0 && contact.scan(x.raw, c);
        List<Address> all = c < 0 || fast ? List.of() : m.contacts();
        if (c < 0 || !fast && all.isEmpty()) {
            ResponseWriter r = x.respond(200, true);
            if (bindings.isBound(slot)) {
                contactHeader(r, bindings.contact(slot), bindings.secondsLeft(slot, x.now));
            }
            x.reply(r.finish(), 200);
            return;
        }
        boolean wildcard = fast ? contact.wildcard : all.get(0).isWildcard();
        if (wildcard) {
            if (!fast && all.size() != 1 || headerExpires != 0) {
                counters.badRequest();
                x.reply(400);
                return;
            }
            unbind(x, slot);
            return;
        }
        long contactExpires = fast ? contact.expires : all.get(0).expires();
        long requested = contactExpires >= 0 ? contactExpires
                : headerExpires >= 0 ? headerExpires : config.defaultExpiresSeconds();
        if (requested == 0) {
            unbind(x, slot);
            return;
        }
        String ext = users.user(slot).extension();
        if (requested < config.minExpiresSeconds()) {
            x.reply(x.respond(423, true).header("Min-Expires", config.minExpiresSeconds()).finish(), 423);
            counters.refused(RefusalReason.INTERVAL_TOO_BRIEF);
            x.out.record(new GatewayEvent.RegistrationRefused(x.now, ext, x.src(),
                    RefusalReason.INTERVAL_TOO_BRIEF, 423));
            return;
        }
        long granted = Math.min(requested, config.defaultExpiresSeconds());
        String uri = fast ? contactUri(x, slot) : all.get(0).uri();
        int ua = x.raw.find(HeaderName.USER_AGENT, 0);
        boolean avaya = ua >= 0 && x.raw.valueContains(ua, "avaya");
        Bindings.Outcome outcome = bindings.bind(x.now, slot, avaya, uri, x.src(), x.transport(), granted * SECOND,
                x.out);
        if (outcome == Bindings.Outcome.NO_LICENSE) {
            refuse(x, ext, RefusalReason.NO_LICENSE, 403, false);
            return;
        }
        counters.accepted();
        counters.bindingsNow(bindings.active());
        x.out.record(new GatewayEvent.RegistrationAccepted(x.now, ext, x.src(), x.transport(),
                bindings.isLicensed(slot), granted, outcome == Bindings.Outcome.REFRESHED));
        ResponseWriter r = x.respond(200, true);
        if (fast) {
            r.sink().write(CONTACT_OPEN).write(x.raw.bytes(), contact.uriStart, contact.uriEnd - contact.uriStart)
                    .write(CONTACT_EXPIRES);
            r.decimal(granted).crlf();
        } else {
            contactHeader(r, uri, granted);
        }
        r.sink().write(EXPIRES);
        x.reply(r.decimal(granted).crlf().finish(), 200);
    }

    /** The contact URI as a String; a refresh with the same contact reuses the bound one. */
    private String contactUri(Exchange x, int slot) {
        if (bindings.hasContact(slot, x.raw.bytes(), contact.uriStart, contact.uriEnd)) {
            return bindings.contact(slot);
        }
        return new String(x.raw.bytes(), contact.uriStart, contact.uriEnd - contact.uriStart, StandardCharsets.UTF_8);
    }

    private void unbind(Exchange x, int slot) {
        bindings.unbind(x.now, slot, false, x.out);
        x.reply(x.respond(200, true).finish(), 200);
    }

    private static void contactHeader(ResponseWriter r, String uri, long seconds) {
        r.sink().write(CONTACT_OPEN).text(uri).write(CONTACT_EXPIRES);
        r.decimal(seconds).crlf();
    }

    /** A 403 (or other refusal); {@code counts} when it is an authentication failure for throttling. */
    void refuse(Exchange x, String extension, RefusalReason reason, int status, boolean counts) {
        if (counts) {
            throttle.failure(x.src(), x.now);
        }
        counters.refused(reason);
        x.out.record(new GatewayEvent.RegistrationRefused(x.now, extension, x.src(), reason, status));
        x.reply(status);
    }

    private void challenge(Exchange x, boolean stale) {
        ResponseWriter r = x.respond(401, true);
        ByteSink s = r.sink();
        s.write(challengeStart).text(nonces.issue(x.now)).write(CHALLENGE_END);
        if (stale) {
            s.write(STALE);
        }
        s.crlf();
        counters.challenge(stale);
        x.reply(r.finish(), 401);
    }

    private boolean scanCredentials(Exchange x, int header) {
        RawMessage raw = x.raw;
        int end = raw.valueEnd(header);
        if (end >= 0) {
            return fields.scan(raw.bytes(), raw.valueStart(header), end, raw.valueStart(header));
        }
        byte[] unfolded = x.msg().headerValueAt(header).getBytes(StandardCharsets.UTF_8);
        return fields.scan(unfolded, 0, unfolded.length, raw.valueStart(header));
    }

    /** The user part of the To URI as the sip module parses it; empty when there is none. */
    static String aorUser(SipMessage m) {
        SipUri uri = m.to().sipUri();
        return uri.user() == null ? "" : uri.user();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
