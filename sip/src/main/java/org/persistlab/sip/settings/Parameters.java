package org.persistlab.sip.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every parameter the lab reads from a settings file, with the defaults and ranges of domain.md §1.1
 * and §6. Source keys ({@code [J100-RED]} ...) are those of domain.md's References. Where the sources
 * disagree, the value domain.md tells us to use is taken and the other is named in {@code meaning}.
 */
public final class Parameters {
    private static final String RED = "[J100-RED]";
    private static final String TPL = "[46XX-TPL-2022]";
    private static final String IPO = "[IPO-46XX]";

    public static final ParameterDef SIP_CONTROLLER_LIST = new ParameterDef("SIP_CONTROLLER_LIST",
            ParameterKind.CONTROLLER_LIST, "", "", 0, ControllerList.MAX_LENGTH, List.of(), RED + ", [46XX-TPL]",
            "controllers host[:port][;transport=tls|tcp|udp] in priority order, commas, no spaces");
    public static final ParameterDef CONTROLLER_SEARCH_INTERVAL = ParameterDef.integer("CONTROLLER_SEARCH_INTERVAL",
            "s", 16, 4, 3600, RED, "how long the phone waits for answers when it checks every controller");
    public static final ParameterDef FAST_RESPONSE_TIMEOUT = ParameterDef.integer("FAST_RESPONSE_TIMEOUT", "s", 4,
            0, 32, RED + ", " + TPL, "an INVITE with no response in this time ends and starts a controller check;"
                    + " 0 = off ([J100-DETECT] says 5; domain.md says use 4)");
    public static final ParameterDef RECOVERYREGISTERWAIT = ParameterDef.integer("RECOVERYREGISTERWAIT", "s", 60,
            10, 36000, RED + ", [B5800-200]", "with no controller, the phone retries after U(0.5, 0.9) x this");
    public static final ParameterDef REGISTERWAIT = ParameterDef.integer("REGISTERWAIT", "s", 900, 30, 86400,
            RED + ", " + TPL, "re-registration period, also the controller monitoring period"
                    + " (B5800 and IP Office-written K1xx files use 300)");
    public static final ParameterDef WAIT_FOR_REGISTRATION_TIMER = ParameterDef.integer(
            "WAIT_FOR_REGISTRATION_TIMER", "s", 32, 4, 3600, RED,
            "how long a REGISTER may go unanswered before RECOVERYREGISTERWAIT applies");
    public static final ParameterDef FAILBACK_POLICY = ParameterDef.choice("FAILBACK_POLICY", "auto",
            List.of("auto", "admin"), "[B5800-199], " + RED + " 2018 ed., " + IPO,
            "auto: fail back to a higher controller when it answers; admin: wait for the administrator");
    public static final ParameterDef SIPREGPROXYPOLICY = ParameterDef.choice("SIPREGPROXYPOLICY", "simultaneous",
            List.of("alternate", "simultaneous"), TPL + ", " + IPO,
            "alternate: one registration; simultaneous: register with every available controller");
    public static final ParameterDef SIMULTANEOUS_REGISTRATIONS = ParameterDef.integer("SIMULTANEOUS_REGISTRATIONS",
            "", 5, 1, 5, TPL, "controllers registered at once under simultaneous (1-3, default 3, before J100"
                    + " R4.0.10.0)");
    public static final ParameterDef TCP_KEEP_ALIVE_STATUS = ParameterDef.flag("TCP_KEEP_ALIVE_STATUS", 1,
            TPL + ", " + IPO, "TCP keep-alives on the signalling socket");
    public static final ParameterDef TCP_KEEP_ALIVE_TIME = ParameterDef.integer("TCP_KEEP_ALIVE_TIME", "s", 45,
            10, 3600, "[J100-DETECT], " + TPL + ", " + IPO,
            "idle time before a keep-alive (template says 60, IP Office writes 30; domain.md says use 45)");
    public static final ParameterDef TCP_KEEP_ALIVE_INTERVAL = ParameterDef.integer("TCP_KEEP_ALIVE_INTERVAL", "s",
            10, 5, 60, TPL, "wait before an unanswered keep-alive is sent again");
    public static final ParameterDef CONNECTION_REUSE = ParameterDef.flag("CONNECTION_REUSE", 1, TPL + ", " + IPO,
            "inbound requests reuse the phone's own TCP/TLS connection");
    public static final ParameterDef MEDIA_PRESERVATION = ParameterDef.flag("MEDIA_PRESERVATION", 1,
            TPL + ", " + IPO, "keep an active call's media across a signalling failure (with ENABLE_IPOFFICE 2)");
    public static final ParameterDef PRESERVED_CONNECTION_DURATION = ParameterDef.integer(
            "PRESERVED_CONNECTION_DURATION", "min", 120, 10, 120, IPO + ", " + TPL + " (as PRESERVED_CALL_DURATION)",
            "longest a preserved call is kept; the name IP Office writes");
    public static final ParameterDef PRESERVED_CALL_DURATION = ParameterDef.integer("PRESERVED_CALL_DURATION",
            "min", 120, 10, 120, TPL, "the template's name for PRESERVED_CONNECTION_DURATION");
    public static final ParameterDef DISCOVER_AVAYA_ENVIRONMENT = ParameterDef.flag("DISCOVER_AVAYA_ENVIRONMENT", 1,
            RED + ", " + IPO, "discover an Aura environment; IP Office writes 0");
    public static final ParameterDef ENABLE_AVAYA_ENVIRONMENT = ParameterDef.flag("ENABLE_AVAYA_ENVIRONMENT", null,
            IPO, "Aura environment; no documented default, IP Office writes 0");
    public static final ParameterDef ENABLE_IPOFFICE = ParameterDef.integer("ENABLE_IPOFFICE", "", null, 0, 2,
            IPO + "; range 0-2 is an ASSUMPTION (IP Office writes 2 for J139/J169/J179, 1 for J129)",
            "IP Office mode; no documented default");
    public static final ParameterDef ENABLE_3PCC_ENVIRONMENT = ParameterDef.flag("ENABLE_3PCC_ENVIRONMENT", 1, TPL,
            "OpenSIP (third-party) mode; 0 for Aura and IP Office");
    public static final ParameterDef THIRD_PARTY_SERVER_MODE = ParameterDef.integer("3PCC_SERVER_MODE", "", 0, 0, 5,
            TPL, "0 generic, 1 BroadSoft, 2 3CX, 3 Netsapiens, 4 RingCentral, 5 Avaya Cloud Office");
    public static final ParameterDef PHNEMERGNUM = ParameterDef.text("PHNEMERGNUM", "911", 30,
            IPO + ", [FCC-MLTS]", "the emergency number the phone recognises locally");
    public static final ParameterDef PHNMOREEMERGNUMS = ParameterDef.text("PHNMOREEMERGNUMS", "", 255, IPO,
            "further emergency numbers, comma-separated");
    public static final ParameterDef ENABLE_SHOW_EMERG_SK = ParameterDef.flag("ENABLE_SHOW_EMERG_SK", null, IPO,
            "emergency softkey while registered; no documented default, IP Office writes 0");
    public static final ParameterDef ENABLE_SHOW_EMERG_SK_UNREG = ParameterDef.flag("ENABLE_SHOW_EMERG_SK_UNREG",
            null, IPO, "emergency softkey while unregistered; no documented default, IP Office writes 0");
    public static final ParameterDef FORCE_SIP_USERNAME = ParameterDef.text("FORCE_SIP_USERNAME", null, 255,
            "project brief (Avaya persistent-gateway guide R12.2), [GH-PROV]",
            "SIP user name; becomes the IP Office base extension");
    public static final ParameterDef FORCE_SIP_PASSWORD = ParameterDef.text("FORCE_SIP_PASSWORD", null, 255,
            "project brief (Avaya persistent-gateway guide R12.2), [GH-PROV]",
            "SIP password; becomes the IP Office extension's password");
    public static final ParameterDef FORCE_SIP_EXTENSION = ParameterDef.text("FORCE_SIP_EXTENSION", null, 255,
            "project brief (Avaya persistent-gateway guide R12.2), [GH-PROV]",
            "the phone's extension; becomes the IP Office user's name and full name");
    public static final ParameterDef LAB_OPTIONS_INTERVAL = ParameterDef.integer("LAB_OPTIONS_INTERVAL", "s", 30, 5,
            3600, "ASSUMPTION: no source gives the OPTIONS poll period toward ACO (domain.md §1.3, §6)",
            "period of the phone's OPTIONS polls toward ACO");
    public static final ParameterDef LAB_OPTIONS_TIMEOUT = ParameterDef.integer("LAB_OPTIONS_TIMEOUT", "s", 32, 1,
            64, "ASSUMPTION: not documented; default is Timer F = 64 x T1 = 32 s [RFC3261]",
            "how long one OPTIONS may stay unanswered before it counts as failed");
    public static final ParameterDef LAB_OPTIONS_FAILURES = ParameterDef.integer("LAB_OPTIONS_FAILURES", "", 1, 1,
            10, "ASSUMPTION: no source gives the failure threshold (domain.md §1.3, §6)",
            "consecutive unanswered OPTIONS polls before ACO is declared lost");
    public static final ParameterDef LAB_TCP_KEEP_ALIVE_PROBES = ParameterDef.integer("LAB_TCP_KEEP_ALIVE_PROBES", "",
            3, 1, 10, "ASSUMPTION: the re-send count is undocumented (domain.md §1.1, UNVERIFIED)",
            "unanswered keep-alive re-sends before the socket counts as lost");

    private static final List<ParameterDef> ALL = List.of(SIP_CONTROLLER_LIST, CONTROLLER_SEARCH_INTERVAL,
            FAST_RESPONSE_TIMEOUT, RECOVERYREGISTERWAIT, REGISTERWAIT, WAIT_FOR_REGISTRATION_TIMER, FAILBACK_POLICY,
            SIPREGPROXYPOLICY, SIMULTANEOUS_REGISTRATIONS, TCP_KEEP_ALIVE_STATUS, TCP_KEEP_ALIVE_TIME,
            TCP_KEEP_ALIVE_INTERVAL, CONNECTION_REUSE, MEDIA_PRESERVATION, PRESERVED_CONNECTION_DURATION,
            PRESERVED_CALL_DURATION, DISCOVER_AVAYA_ENVIRONMENT, ENABLE_AVAYA_ENVIRONMENT, ENABLE_IPOFFICE,
            ENABLE_3PCC_ENVIRONMENT, THIRD_PARTY_SERVER_MODE, PHNEMERGNUM, PHNMOREEMERGNUMS, ENABLE_SHOW_EMERG_SK,
            ENABLE_SHOW_EMERG_SK_UNREG, FORCE_SIP_USERNAME, FORCE_SIP_PASSWORD, FORCE_SIP_EXTENSION,
            LAB_OPTIONS_INTERVAL, LAB_OPTIONS_TIMEOUT, LAB_OPTIONS_FAILURES, LAB_TCP_KEEP_ALIVE_PROBES);

    private static final Map<String, ParameterDef> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(p -> p.name().toUpperCase(Locale.ROOT), Function.identity()));

    private Parameters() {
    }

    /** Every parameter, in the order of domain.md §1.1 followed by the lab's own. */
    public static List<ParameterDef> all() {
        return ALL;
    }

    /** The parameter called {@code name}, ignoring case. */
    public static Optional<ParameterDef> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toUpperCase(Locale.ROOT)));
    }
}
