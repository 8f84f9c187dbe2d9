package org.persistlab.shell.serve;

import java.util.Locale;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.gateway.GatewayEvent.CallAnswered;
import org.persistlab.sim.gateway.GatewayEvent.CallEnded;
import org.persistlab.sim.gateway.GatewayEvent.CallRefused;
import org.persistlab.sim.gateway.GatewayEvent.CallRouted;
import org.persistlab.sim.gateway.GatewayEvent.EmergencyOnlyRegistration;
import org.persistlab.sim.gateway.GatewayEvent.LicenseGranted;
import org.persistlab.sim.gateway.GatewayEvent.LicenseReleased;
import org.persistlab.sim.gateway.GatewayEvent.LicenseUpgraded;
import org.persistlab.sim.gateway.GatewayEvent.OverloadSent;
import org.persistlab.sim.gateway.GatewayEvent.RegistrationAccepted;
import org.persistlab.sim.gateway.GatewayEvent.RegistrationRefused;
import org.persistlab.sim.gateway.GatewayEvent.Unregistered;

/**
 * One line per gateway decision, for the operator watching {@code lab serve}: the time since start,
 * the extension, the source address, and what happened. Problems (refusals, emergency-only phones,
 * 503s) are {@linkplain #notable notable} and always shown; the rest only with {@code --verbose}.
 */
final class EventLine {
    private EventLine() {
    }

    /** True for what an operator should see without asking: refusals, license trouble, overload. */
    static boolean notable(GatewayEvent e) {
        return e instanceof RegistrationRefused || e instanceof CallRefused || e instanceof EmergencyOnlyRegistration
                || e instanceof LicenseUpgraded || e instanceof OverloadSent;
    }

    static String of(GatewayEvent e) {
        String ext = e.extension().isEmpty() ? "-" : e.extension();
        return String.format(Locale.ROOT, "%10.3f s  %-12s %-21s %s", e.timeNanos() / 1e9, ext, e.source(), what(e));
    }

    private static String what(GatewayEvent e) {
        if (e instanceof RegistrationAccepted a) {
            return "registered" + (a.refresh() ? " (refresh)" : "") + " over " + a.transport() + " for "
                    + a.expiresSeconds() + " s" + (a.licensed() ? "" : ", no license: emergency calls only");
        } else if (e instanceof RegistrationRefused r) {
            return "REGISTER refused " + r.status() + ": " + words(r.reason());
        } else if (e instanceof Unregistered u) {
            return u.expired() ? "registration expired" : "unregistered";
        } else if (e instanceof LicenseGranted) {
            return "took a license";
        } else if (e instanceof LicenseReleased) {
            return "released its license";
        } else if (e instanceof LicenseUpgraded) {
            return "got a freed license (was emergency-only)";
        } else if (e instanceof EmergencyOnlyRegistration) {
            return "registered without a license: emergency calls only";
        } else if (e instanceof CallRouted c) {
            return words(c.kind()) + " call to " + c.target() + " routed (" + c.callId() + ")";
        } else if (e instanceof CallRefused c) {
            return words(c.kind()) + " call to " + c.target() + " refused " + c.reason().status() + ": "
                    + words(c.reason());
        } else if (e instanceof CallAnswered c) {
            return words(c.kind()) + " call answered (" + c.callId() + ")";
        } else if (e instanceof CallEnded c) {
            return words(c.kind()) + " call ended: " + words(c.cause()) + (c.status() != 0 ? " " + c.status() : "")
                    + " (" + c.callId() + ")";
        } else if (e instanceof OverloadSent o) {
            return "503 Retry-After " + o.retryAfterSeconds() + " to " + o.method() + ": " + words(o.cause());
        }
        return e.toString();
    }

    /** An enum constant as lower-case words: {@code WRONG_PASSWORD} reads "wrong password". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
