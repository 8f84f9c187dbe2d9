package org.persistlab.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of scenario parameters. Phone parameters, when not set here, come from each phone's
 * persist-settings file, and from the documented J100 default when the file does not set them.
 */
public final class Params {
    private static final long S = 1_000_000_000L;
    private static final long H = 3600 * S;
    private static final List<ParamDef> ALL = new ArrayList<>();

    // ---- the run ----
    public static final ParamDef SEED = integer("seed", "1", 0, Long.MAX_VALUE, "run input",
            "master seed of every random stream of the run");
    public static final ParamDef DURATION = duration("duration", "45m", S, 1000 * H,
            "ASSUMPTION: long enough to see the failover, ACO's return and auto failback with the defaults",
            "simulated time the run covers");
    public static final ParamDef SITES = integer("sites", "4", 1, 10_000, "issue 5: 4 sites x 200 phones",
            "number of sites (each an IP500 V2 with its phones) when no 'site' lines are given");
    public static final ParamDef PHONES = integer("phones", "200", 0, 384, "issue 5: 4 sites x 200 phones",
            "phones per site (the IP500 V2 holds at most 384 extensions [IPO-CAP-EXT])");
    public static final ParamDef LICENSES = def("licenses", ParamType.INTEGER, "phones", "", List.of(),
            List.of("phones"), 0, 384, "ASSUMPTION: one endpoint license per persistent phone, as the guide asks",
            "IP Office endpoint licenses (or user subscriptions) per site; 'phones' means one each");
    public static final ParamDef SETTINGS = def("settings", ParamType.TEXT, "built-in", "", List.of(), List.of(),
            0, 0, "captures/settings/ACO_J1xx_Persistsettings.txt (lab-made sample)",
            "a persist-settings file, or a directory of them (one per phone), applied to every site");
    public static final ParamDef BOOT_SPREAD = duration("boot.spread", "60s", 0, 24 * H,
            "ASSUMPTION: phones come up over a minute, not all in the same instant",
            "phones first register at a uniform random time in [0, boot.spread)");

    // ---- the outage plan ----
    public static final ParamDef OUTAGE_START = def("outage.start", ParamType.DURATION, "15m", "", List.of(),
            List.of("never"), 0, 1000 * H, "issue 5: ACO lost after 15 minutes of normal service",
            "when ACO becomes unreachable from the sites");
    public static final ParamDef OUTAGE_DURATION = duration("outage.duration", "10m", 0, 1000 * H,
            "issue 5: ACO lost for 10 minutes", "how long ACO stays unreachable");
    public static final ParamDef OUTAGE_MODE = choice("outage.mode", "silent",
            "ASSUMPTION: a WAN failure usually drops packets silently", "silent drops everything; reset "
                    + "refuses at once (TCP RST, ICMP unreachable)", "silent", "reset");
    public static final ParamDef OUTAGE_SITES = def("outage.sites", ParamType.TEXT, "all", "", List.of(),
            List.of("all"), 0, 0, "issue 5", "which sites lose ACO: all, or site names separated by commas");

    // ---- the phones (override the persist-settings files) ----
    public static final ParamDef REGISTER_WAIT = duration("register.wait", "900s", 30 * S, 86400 * S,
            "[J100-RED] REGISTERWAIT (B5800/K1xx: 300 s)", "re-registration period");
    public static final ParamDef RECOVERY_REGISTER_WAIT = duration("recovery.register.wait", "60s", 10 * S,
            36000 * S, "[J100-RED] RECOVERYREGISTERWAIT", "retry basis when no controller answers: waits "
                    + "U(0.5, 0.9) x this; also the auto failback period");
    public static final ParamDef WAIT_FOR_REGISTRATION = duration("wait.for.registration", "32s", 4 * S, 3600 * S,
            "[J100-RED] WAIT_FOR_REGISTRATION_TIMER", "how long a REGISTER may go unanswered");
    public static final ParamDef CONTROLLER_SEARCH_INTERVAL = duration("controller.search.interval", "16s", 4 * S,
            3600 * S, "[J100-RED] CONTROLLER_SEARCH_INTERVAL", "how long a controller search waits for answers");
    public static final ParamDef FAST_RESPONSE_TIMEOUT = duration("fast.response.timeout", "4s", 0, 32 * S,
            "[J100-RED], [46XX-TPL-2022] FAST_RESPONSE_TIMEOUT (0 = off)", "an INVITE unanswered this long "
                    + "ends and triggers a controller check");
    public static final ParamDef FAILBACK_POLICY = choice("failback.policy", "auto",
            "[B5800-199], [J100-RED] FAILBACK_POLICY (IP Office writes admin)", "auto returns to ACO by itself; "
                    + "admin waits for the administrator", "auto", "admin");
    public static final ParamDef ADMIN_FAILBACK_AT = def("admin.failback.at", ParamType.DURATION, "never", "",
            List.of(), List.of("never"), 0, 1000 * H, "run input", "with failback.policy admin: when the "
                    + "administrator tells the phones to return to ACO");
    public static final ParamDef OPTIONS_INTERVAL = duration("options.interval", "30s", 5 * S, 3600 * S,
            "ASSUMPTION: LAB_OPTIONS_INTERVAL; the ACO poll period is in no public source", "OPTIONS poll "
                    + "period toward ACO");
    public static final ParamDef OPTIONS_TIMEOUT = duration("options.timeout", "32s", S, 64 * S,
            "ASSUMPTION: LAB_OPTIONS_TIMEOUT = Timer F [RFC3261]", "how long one OPTIONS may stay unanswered");
    public static final ParamDef OPTIONS_FAILURES = integer("options.failures", "1", 1, 10,
            "ASSUMPTION: LAB_OPTIONS_FAILURES; the brief says one unanswered OPTIONS",
            "consecutive unanswered OPTIONS that mean ACO is lost");
    public static final ParamDef TCP_KEEPALIVE = choice("tcp.keepalive", "on",
            "[46XX-TPL-2022] TCP_KEEP_ALIVE_STATUS 1", "TCP keep-alive on the signalling connection", "on", "off");
    public static final ParamDef TCP_KEEPALIVE_TIME = duration("tcp.keepalive.time", "45s", 10 * S, 3600 * S,
            "[J100-DETECT] TCP_KEEP_ALIVE_TIME (template: 60 s; IP Office writes 30 s)",
            "idle time before a keep-alive probe");
    public static final ParamDef TCP_KEEPALIVE_INTERVAL = duration("tcp.keepalive.interval", "10s", 5 * S, 60 * S,
            "[46XX-TPL-2022] TCP_KEEP_ALIVE_INTERVAL", "wait between unanswered probes");
    public static final ParamDef TCP_KEEPALIVE_PROBES = integer("tcp.keepalive.probes", "3", 1, 10,
            "ASSUMPTION: LAB_TCP_KEEP_ALIVE_PROBES; the re-send count is undocumented",
            "unanswered probes before the connection counts as lost");
    public static final ParamDef TRANSPORT_ACO = choice("transport.aco", "tls",
            "[46XX-TPL] default transport TLS; DESIGN.md example", "transport between the phones and ACO",
            "tls", "tcp", "udp");
    public static final ParamDef TRANSPORT_IPO = choice("transport.ipo", "tcp",
            "DESIGN.md example (the guide allows tcp or tls)", "transport between the phones and IP Office",
            "tls", "tcp", "udp");

    // ---- IP Office ----
    public static final ParamDef IPO_REGISTER_SERVICE = duration("ipo.register.service", "2ms", 0, 10 * S,
            "ASSUMPTION: no IP500 V2 registration rate is published (domain.md §2.1); calibrate",
            "IP Office CPU time per REGISTER (0 = instant)");
    public static final ParamDef IPO_TLS_HANDSHAKE = duration("ipo.tls.handshake", "20ms", 0, 10 * S,
            "ASSUMPTION: an embedded CPU's RSA-2048 handshake", "extra IP Office time for a new TLS connection");
    public static final ParamDef IPO_QUEUE = integer("ipo.queue", "100", 1, 1_000_000,
            "ASSUMPTION: no source", "REGISTERs IP Office holds waiting; beyond it answers 503");
    public static final ParamDef IPO_RETRY_AFTER = duration("ipo.retry.after", "30s", 0, H,
            "ASSUMPTION: [RFC3261] §21.5.4 lets the server choose", "Retry-After of IP Office's 503");
    public static final ParamDef IPO_TRUNK_CHANNELS = integer("ipo.trunk.channels", "30", 0, 10_000,
            "ASSUMPTION: domain.md §2.1 found no R12.2 figure (Basic Edition: 20)",
            "simultaneous outgoing external calls over IP Office's trunk");
    public static final ParamDef IPO_CHALLENGE_EXPIRY = duration("ipo.challenge.expiry", "10s", S, H,
            "[B5800-MGR-151] Challenge Expiry Time", "how long a REGISTER challenge stays valid");

    // ---- ACO ----
    public static final ParamDef ACO_REGISTER_RATE = def("aco.register.rate", ParamType.RATE, "500/s", "", List.of(),
            List.of("unlimited"), 0, 0, "ASSUMPTION: providers rate-limit REGISTER (Twilio: 5/s per AOR)",
            "REGISTERs per second ACO accepts; beyond it answers 503");
    public static final ParamDef ACO_RETRY_AFTER = duration("aco.retry.after", "60s", 0, H,
            "ASSUMPTION: [RFC3261] §21.5.4", "Retry-After of ACO's 503");

    // ---- calls ----
    public static final ParamDef CALLS_RATE = def("calls.rate", ParamType.RATE, "2/h", "", List.of(), List.of(),
            0, 0, "ASSUMPTION: a light office load", "outgoing call attempts per phone (Poisson)");
    public static final ParamDef CALLS_INTERNAL = fraction("calls.internal", "0.5", "share of calls to another extension");
    public static final ParamDef CALLS_EMERGENCY = fraction("calls.emergency", "0.01", "share of calls to 911");
    public static final ParamDef CALLS_INCOMING_RATE = def("calls.incoming.rate", ParamType.RATE, "1/h", "",
            List.of(), List.of(), 0, 0, "ASSUMPTION", "incoming external calls per phone (Poisson)");
    public static final ParamDef CALLS_HOLDING = dist("calls.holding", "exp(180s)",
            "ASSUMPTION: three-minute average business call", "how long an answered call lasts");
    public static final ParamDef CALLS_ANSWER = dist("calls.answer", "uniform(2s,10s)", "ASSUMPTION",
            "how long a called user lets the phone ring before answering");
    public static final ParamDef CALLS_RING_TIMEOUT = duration("calls.ring.timeout", "60s", S, H, "ASSUMPTION",
            "a caller hangs up an unanswered call after this");

    // ---- the network ----
    public static final ParamDef NET_ACO_DELAY = dist("net.aco.delay", "normal(20ms,5ms)",
            "ASSUMPTION: a regional cloud", "one-way delay between a site and ACO");
    public static final ParamDef NET_ACO_LOSS = percent("net.aco.loss", "0", "packet loss between a site and ACO");
    public static final ParamDef NET_LAN_DELAY = dist("net.lan.delay", "const(500us)", "ASSUMPTION: a switched LAN",
            "one-way delay on a site's LAN");
    public static final ParamDef NET_LAN_LOSS = percent("net.lan.loss", "0", "packet loss on a site's LAN");
    public static final ParamDef NET_PSTN_DELAY = dist("net.pstn.delay", "const(20ms)", "ASSUMPTION",
            "one-way delay to the PSTN carrier");

    private Params() {
    }

    public static List<ParamDef> all() {
        return List.copyOf(ALL);
    }

    public static Optional<ParamDef> find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static ParamDef def(String name, ParamType type, String defaultValue, String unit, List<String> choices,
                                List<String> words, long min, long max, String source, String help) {
        ParamDef d = new ParamDef(name, type, defaultValue, unit, choices, words, min, max, source, help);
        ALL.add(d);
        return d;
    }

    private static ParamDef integer(String name, String dflt, long min, long max, String source, String help) {
        return def(name, ParamType.INTEGER, dflt, "", List.of(), List.of(), min, max, source, help);
    }

    private static ParamDef duration(String name, String dflt, long min, long max, String source, String help) {
        return def(name, ParamType.DURATION, dflt, "time", List.of(), List.of(), min, max, source, help);
    }

    private static ParamDef choice(String name, String dflt, String source, String help, String... choices) {
        return def(name, ParamType.CHOICE, dflt, "", List.of(choices), List.of(), 0, 0, source, help);
    }

    private static ParamDef fraction(String name, String dflt, String help) {
        return def(name, ParamType.FRACTION, dflt, "", List.of(), List.of(), 0, 0, "ASSUMPTION: call mix", help);
    }

    private static ParamDef percent(String name, String dflt, String help) {
        return def(name, ParamType.PERCENT, dflt, "%", List.of(), List.of(), 0, 0, "ASSUMPTION: a healthy network",
                help);
    }

    private static ParamDef dist(String name, String dflt, String source, String help) {
        return def(name, ParamType.DISTRIBUTION, dflt, "time", List.of(), List.of(), 0, 0, source, help);
    }
}
