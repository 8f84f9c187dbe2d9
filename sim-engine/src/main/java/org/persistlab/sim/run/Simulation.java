package org.persistlab.sim.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.persistlab.sim.gateway.GatewayConfig;
import org.persistlab.sim.gateway.GatewayCore;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sim.kernel.ProgressListener;
import org.persistlab.sim.kernel.RunOutcome;
import org.persistlab.sim.kernel.Simulator;
import org.persistlab.sim.kernel.random.Distribution;
import org.persistlab.sim.kernel.random.DistributionSpec;
import org.persistlab.sim.kernel.random.RandomStream;
import org.persistlab.sim.kernel.random.RandomStreams;
import org.persistlab.sim.network.AddressPlan;
import org.persistlab.sim.network.LinkModel;
import org.persistlab.sim.network.Network;
import org.persistlab.sim.network.NodeRef;
import org.persistlab.sim.network.Outage;
import org.persistlab.sim.network.WireTap;
import org.persistlab.sim.phone.CallBehaviour;
import org.persistlab.sim.phone.Controller;
import org.persistlab.sim.phone.PhoneConfig;
import org.persistlab.sim.phone.PhoneCore;
import org.persistlab.sim.phone.ServiceState;
import org.persistlab.sim.pstn.PstnCore;
import org.persistlab.sim.scenario.Params;
import org.persistlab.sim.scenario.Scenario;
import org.persistlab.sim.scenario.SiteSpec;
import org.persistlab.sim.truth.RegistrarLoad;
import org.persistlab.sim.truth.TruthRecorder;
import org.persistlab.sim.truth.WireMoments;
import org.persistlab.sip.Endpoint;
import org.persistlab.sip.Transport;
import org.persistlab.sip.digest.DigestAuth;
import org.persistlab.sip.settings.ControllerEntry;
import org.persistlab.sip.settings.FailbackPolicy;
import org.persistlab.sip.settings.PhoneSettings;

/**
 * One what-if run: the phones of every site, their IP Offices, ACO, the PSTN and the network,
 * built from a scenario and a seed, on one single-threaded kernel. The same scenario and seed give
 * the same run, event for event.
 */
public final class Simulation {
    private static final long S = 1_000_000_000L;
    /** Buckets of the service-state timeline in the report. */
    private static final int TIMELINE_BUCKETS = 360;

    private final Scenario scenario;
    private final long seed;
    private final long end;
    private final Simulator sim = new Simulator();
    private final Network network;
    private final TruthRecorder truth;
    private final WireMoments moments = new WireMoments();
    private final RegistrarLoad load = new RegistrarLoad();
    private final org.persistlab.sim.truth.WireCounts counts =
            new org.persistlab.sim.truth.WireCounts(this::registrationSerial);
    private final List<PhoneNode> phones = new ArrayList<>();
    private final List<GatewayNode> gateways = new ArrayList<>();
    private final GatewayNode aco;
    private final PstnNode pstn;
    private final Outage outage;
    private final List<SiteSpec> sites;

    private Simulation(Scenario scenario, long seed, Path baseDir) throws ScenarioException {
        this.scenario = scenario;
        this.seed = seed;
        this.end = scenario.duration(Params.DURATION);
        this.sites = scenario.effectiveSites();
        if (sites.size() > AddressPlan.maxSites()) {
            throw new ScenarioException(sites.size() + " sites: the address plan holds at most " + AddressPlan.maxSites());
        }
        RandomStreams streams = new RandomStreams(seed);
        this.outage = outage(scenario, sites);
        LinkModel links = new LinkModel(dist(Params.NET_LAN_DELAY), scenario.probability(Params.NET_LAN_LOSS),
                dist(Params.NET_ACO_DELAY), scenario.probability(Params.NET_ACO_LOSS), dist(Params.NET_PSTN_DELAY));
        this.network = new Network(sim, links, outage == null ? List.of() : List.of(outage));
        int total = scenario.totalPhones();
        int[] siteOf = new int[total];
        network.addTap(moments::onWire);
        network.addTap(load::onWire);
        network.addTap(counts::onWire);

        DigestAuth digest = new DigestAuth();
        List<PhoneConfig> configs = new ArrayList<>(total);
        List<GatewayUser> acoUsers = new ArrayList<>(total);
        Map<Integer, List<GatewayUser>> siteUsers = new HashMap<>();
        Map<Integer, Map<String, Integer>> siteExtensions = new HashMap<>();
        provision(streams, baseDir, configs, acoUsers, siteUsers, siteExtensions, siteOf);
        // After provisioning: the recorder keeps each phone's site, which provisioning decides.
        this.truth = new TruthRecorder(siteOf, outage, end, TIMELINE_BUCKETS);

        Endpoint acoTls = configs.isEmpty() ? AddressPlan.ACO_HOST.withPort(5061)
                : configs.get(0).primary().transport() == Transport.TLS ? configs.get(0).primary().address()
                : AddressPlan.ACO_HOST.withPort(5061);
        GatewayConfig acoConfig = GatewayConfig.builder()
                .realm("aco.example.net")
                .udpTcpEndpoint(AddressPlan.ACO_HOST.withPort(5060)).tlsEndpoint(acoTls)
                .endpointLicenses(Math.max(1, total)).maxExtensions(Math.max(1, total))
                .trunkEndpoint(AddressPlan.PSTN).trunkTransport(Transport.TCP).trunkChannels(Math.max(1, total))
                .emergencyNumbers(Set.of("911"))
                .maxPendingTransactions(Math.max(4096, total * 4)).maxTrackedSources(Math.max(4096, total * 2))
                .maxCalls(Math.max(1024, total))
                .seed(seed ^ 0xAC0L)
                .build();
        this.aco = new GatewayNode(sim, new GatewayCore(acoConfig, acoUsers), network, truth, null,
                scenario.perSecond(Params.ACO_REGISTER_RATE), scenario.duration(Params.ACO_RETRY_AFTER) / S);
        network.attach(AddressPlan.ACO_HOST, new NodeRef(NodeRef.Kind.ACO, -1, 0), aco, streams.stream("aco"));

        PstnCore pstnCore = new PstnCore(AddressPlan.PSTN, answerDelays(streams.stream("pstn-answer")));
        this.pstn = new PstnNode(sim, pstnCore, network, truth, total);
        network.attach(AddressPlan.PSTN, new NodeRef(NodeRef.Kind.PSTN, -1, 0), pstn, streams.stream("pstn"));

        for (int s = 0; s < sites.size(); s++) {
            SiteSpec site = sites.get(s);
            Endpoint gw = AddressPlan.gateway(s);
            GatewayConfig cfg = GatewayConfig.builder()
                    .udpTcpEndpoint(gw.withPort(5060)).tlsEndpoint(gw.withPort(5061))
                    .endpointLicenses(site.effectiveLicenses())
                    .challengeExpiry(Duration.ofNanos(scenario.duration(Params.IPO_CHALLENGE_EXPIRY)))
                    .registerServiceTime(Duration.ofNanos(scenario.duration(Params.IPO_REGISTER_SERVICE)))
                    .tlsHandshakeTime(Duration.ofNanos(scenario.duration(Params.IPO_TLS_HANDSHAKE)))
                    .registerQueueCapacity((int) scenario.integer(Params.IPO_QUEUE))
                    .overloadRetryAfterSeconds(scenario.duration(Params.IPO_RETRY_AFTER) / S)
                    .trunkEndpoint(AddressPlan.PSTN).trunkTransport(Transport.TCP)
                    .trunkChannels((int) scenario.integer(Params.IPO_TRUNK_CHANNELS))
                    .emergencyNumbers(Set.of("911"))
                    // Tables sized to the site (at most 384 phones) rather than the core's generic defaults:
                    // with hundreds of sites in one run, that is most of the gateways' memory.
                    .maxPendingTransactions(Math.max(256, site.phones() * 8))
                    .maxTrackedSources(Math.max(128, site.phones() * 2))
                    .maxCalls(Math.max(64, site.phones() * 2))
                    .seed(seed * 31 + s)
                    .build();
            GatewayNode node = new GatewayNode(sim, new GatewayCore(cfg, siteUsers.getOrDefault(s, List.of())),
                    network, truth, siteExtensions.getOrDefault(s, Map.of()), Double.POSITIVE_INFINITY, 0);
            gateways.add(node);
            network.attach(gw, new NodeRef(NodeRef.Kind.GATEWAY, s, s), node, streams.stream("site-" + s));
        }
        for (int p = 0; p < configs.size(); p++) {
            PhoneConfig c = configs.get(p);
            RandomStream stream = streams.stream(1_000_000L + p);
            PhoneNode node = new PhoneNode(sim, new PhoneCore(c, stream::nextDouble, digest), network, truth);
            phones.add(node);
            network.attach(c.address(), new NodeRef(NodeRef.Kind.PHONE, siteOf[p], p), node,
                    streams.stream(2_000_000L + p));
            node.reschedule();
        }
        scheduleIncomingCalls(streams);
        scheduleAdminFailback();
    }

    /** Builds a run; relative settings paths are resolved against {@code baseDir}. */
    public static Simulation create(Scenario scenario, Path baseDir) throws ScenarioException {
        return create(scenario, scenario.integer(Params.SEED), baseDir);
    }

    public static Simulation create(Scenario scenario, long seed, Path baseDir) throws ScenarioException {
        try {
            return new Simulation(scenario, seed, baseDir);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(e.getMessage());
        }
    }

    // ---- building ----

    private Distribution dist(org.persistlab.sim.scenario.ParamDef p) {
        return DistributionSpec.parseDuration(scenario.value(p));
    }

    private static Outage outage(Scenario scenario, List<SiteSpec> sites) throws ScenarioException {
        long start = scenario.duration(Params.OUTAGE_START);
        long length = scenario.duration(Params.OUTAGE_DURATION);
        if (start < 0 || length == 0) {
            return null;
        }
        Set<Integer> hit = new HashSet<>();
        String which = scenario.value(Params.OUTAGE_SITES).trim();
        if (!which.equals("all")) {
            for (String name : which.split(",")) {
                int i = indexOfSite(sites, name.trim());
                if (i < 0) {
                    throw new ScenarioException("outage.sites names '" + name.trim() + "', which is not a site");
                }
                hit.add(i);
            }
        }
        return new Outage(start, start + length, scenario.choice(Params.OUTAGE_MODE).equals("reset"), hit);
    }

    private static int indexOfSite(List<SiteSpec> sites, String name) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void provision(RandomStreams streams, Path baseDir, List<PhoneConfig> configs, List<GatewayUser> acoUsers,
                           Map<Integer, List<GatewayUser>> siteUsers, Map<Integer, Map<String, Integer>> siteExtensions,
                           int[] siteOf) throws ScenarioException {
        SettingsSource global = SettingsSource.load(scenario.value(Params.SETTINGS), baseDir);
        Distribution holding = dist(Params.CALLS_HOLDING);
        Distribution answer = dist(Params.CALLS_ANSWER);
        double rate = scenario.perSecond(Params.CALLS_RATE);
        double internal = scenario.fraction(Params.CALLS_INTERNAL);
        double emergency = scenario.fraction(Params.CALLS_EMERGENCY);
        if (internal + emergency > 1) {
            throw new ScenarioException("calls.internal + calls.emergency = " + (internal + emergency)
                    + ": the shares must add up to at most 1 (the rest is external)");
        }
        long bootSpread = scenario.duration(Params.BOOT_SPREAD);
        int id = 0;
        for (int s = 0; s < sites.size(); s++) {
            SiteSpec site = sites.get(s);
            SettingsSource src = site.settings() == null ? global : SettingsSource.load(site.settings(), baseDir);
            List<PhoneIdentity> ids = new ArrayList<>(site.phones());
            List<PhoneSettings> settings = new ArrayList<>(site.phones());
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < site.phones(); i++) {
                PhoneSettings ps = src.forPhone(i, site.phones(), site.name());
                PhoneIdentity pid = src.perPhone ? fromFile(ps) : PhoneIdentity.generated(s, i, seed);
                if (!seen.add(pid.username())) {
                    throw new ScenarioException("site " + site.name() + ": FORCE_SIP_USERNAME " + pid.username()
                            + " is used by two phones");
                }
                ids.add(pid);
                settings.add(ps);
            }
            SettingsSource userSource = site.users() == null ? null : SettingsSource.load(site.users(), baseDir);
            List<String> usernames = ids.stream().map(PhoneIdentity::username).toList();
            Map<String, Integer> ext = new HashMap<>();
            List<GatewayUser> users = new ArrayList<>();
            for (int i = 0; i < site.phones(); i++) {
                PhoneIdentity pid = ids.get(i);
                RandomStream callStream = streams.stream(3_000_000L + id);
                RandomStream bootStream = streams.stream(4_000_000L + id);
                ScenarioCallPlan plan = new ScenarioCallPlan(callStream, rate, internal, emergency, holding, answer,
                        usernames, i, "911");
                long boot = bootSpread == 0 ? 0 : (long) (bootStream.nextDouble() * bootSpread);
                configs.add(phoneConfig(id, s, i, settings.get(i), pid, boot,
                        new CallBehaviour(plan, scenario.duration(Params.CALLS_RING_TIMEOUT))));
                PhoneIdentity ipoUser = userSource == null ? pid
                        : userSource.perPhone ? fromFile(userSource.forPhone(i, site.phones(), site.name())) : pid;
                users.add(new GatewayUser(ipoUser.username(), ipoUser.password(), ipoUser.extension()));
                acoUsers.add(new GatewayUser(pid.username(), pid.password(), pid.extension()));
                ext.put(pid.username(), id);
                siteOf[id] = s;
                id++;
            }
            siteUsers.put(s, users);
            siteExtensions.put(s, ext);
        }
    }

    private static PhoneIdentity fromFile(PhoneSettings ps) throws ScenarioException {
        String file = ps.file().source();
        String user = ps.forceSipUsername().orElseThrow(() -> new ScenarioException(file + ": FORCE_SIP_USERNAME is missing"));
        String pass = ps.forceSipPassword().orElseThrow(() -> new ScenarioException(file + ": FORCE_SIP_PASSWORD is missing"));
        String ext = ps.forceSipExtension().orElse(user);
        return new PhoneIdentity(user, pass, ext);
    }

    /** Scenario value when set, else the settings file's, else the documented default (PhoneSettings applies it). */
    private long seconds(org.persistlab.sim.scenario.ParamDef p, int fromSettings) {
        return scenario.isSet(p) ? scenario.duration(p) : fromSettings * S;
    }

    private PhoneConfig phoneConfig(int id, int site, int index, PhoneSettings ps, PhoneIdentity pid, long boot,
                                    CallBehaviour calls) throws ScenarioException {
        List<ControllerEntry> entries = ps.controllers();
        if (entries.isEmpty()) {
            throw new ScenarioException(ps.file().source() + ": SIP_CONTROLLER_LIST has no ACO entry");
        }
        ControllerEntry acoEntry = entries.get(0);
        Transport acoTransport = scenario.isSet(Params.TRANSPORT_ACO) ? transport(scenario.choice(Params.TRANSPORT_ACO))
                : acoEntry.transport();
        int acoPort = acoTransport == acoEntry.transport() && acoEntry.portGiven() ? acoEntry.port()
                : acoTransport.defaultPort();
        Transport ipoTransport = scenario.isSet(Params.TRANSPORT_IPO) || entries.size() < 2
                ? transport(scenario.choice(Params.TRANSPORT_IPO)) : entries.get(1).transport();
        Endpoint gw = AddressPlan.gateway(site);
        Controller acoCtl = new Controller("ACO", AddressPlan.ACO_HOST.withPort(acoPort), acoTransport,
                acoEntry.host(), acoEntry.host(), pid.username(), pid.password());
        Controller ipoCtl = new Controller("IPO", gw.withPort(ipoTransport.defaultPort()), ipoTransport,
                gw.address(), gw.address(), pid.username(), pid.password());
        boolean auto = scenario.isSet(Params.FAILBACK_POLICY) ? scenario.choice(Params.FAILBACK_POLICY).equals("auto")
                : ps.failbackPolicy() == FailbackPolicy.AUTO;
        boolean keepAlive = scenario.isSet(Params.TCP_KEEPALIVE) ? scenario.choice(Params.TCP_KEEPALIVE).equals("on")
                : ps.tcpKeepAliveEnabled();
        return new PhoneConfig(id, pid.username(), AddressPlan.phone(site, index), "Avaya J179 IP Phone 4.1.3.0.6",
                List.of(acoCtl, ipoCtl),
                seconds(Params.REGISTER_WAIT, ps.registerWaitSeconds()),
                seconds(Params.RECOVERY_REGISTER_WAIT, ps.recoveryRegisterWaitSeconds()),
                seconds(Params.WAIT_FOR_REGISTRATION, ps.waitForRegistrationSeconds()),
                seconds(Params.CONTROLLER_SEARCH_INTERVAL, ps.controllerSearchIntervalSeconds()),
                seconds(Params.FAST_RESPONSE_TIMEOUT, ps.fastResponseTimeoutSeconds()),
                auto,
                seconds(Params.OPTIONS_INTERVAL, ps.optionsIntervalSeconds()),
                seconds(Params.OPTIONS_TIMEOUT, ps.optionsTimeoutSeconds()),
                scenario.isSet(Params.OPTIONS_FAILURES) ? (int) scenario.integer(Params.OPTIONS_FAILURES)
                        : ps.optionsFailures(),
                keepAlive,
                seconds(Params.TCP_KEEPALIVE_TIME, ps.tcpKeepAliveTimeSeconds()),
                seconds(Params.TCP_KEEPALIVE_INTERVAL, ps.tcpKeepAliveIntervalSeconds()),
                scenario.isSet(Params.TCP_KEEPALIVE_PROBES) ? (int) scenario.integer(Params.TCP_KEEPALIVE_PROBES)
                        : ps.tcpKeepAliveProbes(),
                emergencyNumbers(ps.emergencyNumbers()),
                boot, calls);
    }

    /** One set per distinct list of emergency numbers, shared by the phones that have it. */
    private final Map<List<String>, Set<String>> emergencySets = new HashMap<>();

    private Set<String> emergencyNumbers(List<String> fromSettings) {
        List<String> key = fromSettings.isEmpty() ? List.of("911") : fromSettings;
        return emergencySets.computeIfAbsent(key, Set::copyOf);
    }

    private static Transport transport(String name) {
        return Transport.fromToken(name);
    }

    private java.util.function.LongSupplier answerDelays(RandomStream stream) {
        Distribution answer = dist(Params.CALLS_ANSWER);
        return () -> answer.sampleNanos(stream);
    }

    /** Incoming external calls: Poisson per phone, sent by the PSTN to wherever the phone is registered. */
    private void scheduleIncomingCalls(RandomStreams streams) {
        double rate = scenario.perSecond(Params.CALLS_INCOMING_RATE);
        if (rate <= 0) {
            return;
        }
        Distribution holding = dist(Params.CALLS_HOLDING);
        for (int p = 0; p < phones.size(); p++) {
            RandomStream stream = streams.stream(5_000_000L + p);
            PhoneNode phone = phones.get(p);
            int id = p;
            org.persistlab.sim.kernel.Event[] next = new org.persistlab.sim.kernel.Event[1];
            next[0] = s -> {
                Controller c = phone.core.registeredTo();
                if (c == null) {
                    truth.onIncoming(s.now(), false, true);
                } else {
                    Endpoint trunk = c.name().equals("ACO") ? AddressPlan.ACO_HOST.withPort(5060)
                            : c.address().withPort(5060);
                    pstn.placeCall(s.now(), id, trunk, phone.core.config().extension(), c.domain(),
                            holding.sampleNanos(stream));
                }
                s.schedule(exponential(stream, rate), next[0]);
            };
            sim.schedule(exponential(stream, rate), next[0]);
        }
    }

    private static long exponential(RandomStream stream, double ratePerSecond) {
        return (long) (-Math.log1p(-stream.nextDouble()) / ratePerSecond * S);
    }

    private void scheduleAdminFailback() {
        long at = scenario.duration(Params.ADMIN_FAILBACK_AT);
        if (at < 0) {
            return;
        }
        sim.scheduleAt(at, s -> {
            for (PhoneNode p : phones) {
                p.adminFailback(s.now());
            }
        });
    }

    // ---- running ----

    /** Adds a listener to every phone's truth events (states, losses, calls, registrations). */
    public void addPhoneListener(java.util.function.Consumer<org.persistlab.sim.phone.PhoneEvent> listener) {
        for (PhoneNode p : phones) {
            p.addListener(listener);
        }
    }

    /** Adds a listener to every IP Office's decisions, with the site index. */
    public void addGatewayListener(java.util.function.BiConsumer<Integer,
            org.persistlab.sim.gateway.GatewayEvent> listener) {
        for (int s = 0; s < gateways.size(); s++) {
            int site = s;
            gateways.get(s).addListener(e -> listener.accept(site, e));
        }
    }

    /** Adds a consumer of every SIP message a capture on the sites' LANs would see. */
    public void addTap(WireTap tap) {
        network.addTap(tap);
    }

    public void setProgressListener(ProgressListener listener, long everyNEvents) {
        sim.setProgressListener(listener, everyNEvents);
    }

    /** Runs until {@code time} (ns of simulated time) or the end of the scenario, whichever comes first. */
    public RunOutcome runUntil(long time) {
        return sim.runUntil(Math.min(time, end));
    }

    /** Runs to the end of the scenario (or until paused). */
    public RunOutcome run() {
        return sim.runUntil(end);
    }

    /** Stops the run between two events; safe to call from another thread (Ctrl-C). */
    public void pause() {
        sim.pause();
    }

    public boolean finished() {
        return sim.now() >= end;
    }

    public long now() {
        return sim.now();
    }

    public long end() {
        return end;
    }

    public long eventsFired() {
        return sim.eventsFired();
    }

    public long seed() {
        return seed;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** How many phones are in each service state now. */
    public Map<ServiceState, Integer> stateCounts() {
        Map<ServiceState, Integer> m = new java.util.EnumMap<>(ServiceState.class);
        for (ServiceState s : ServiceState.values()) {
            m.put(s, 0);
        }
        for (PhoneNode p : phones) {
            m.merge(p.core.state(), 1, Integer::sum);
        }
        return m;
    }

    /** The failover moments of phone {@code id} from the simulation's own records of the wire. */
    public WireMoments.Moments wireMoments(int id) {
        return moments.moments(id);
    }

    private long registrationSerial(int phone, String branch) {
        return phones.get(phone).core.registrationSerial(branch);
    }

    /** Registrations and calls as the sites' LANs show them, counted by identity. */
    public org.persistlab.sim.truth.WireCounts wireCounts() {
        return counts;
    }

    /** The failover moments phone {@code id} itself observed. */
    public org.persistlab.sim.phone.FailoverMoments phoneMoments(int id) {
        return phones.get(id).core.moments();
    }

    public int phoneCount() {
        return phones.size();
    }

    /** The IP address of phone {@code id}. */
    public Endpoint phoneAddress(int id) {
        return phones.get(id).core.config().address();
    }

    /** The report of the run so far (normally called when it has finished). */
    public RunReport report() {
        long overload = gateways.stream().mapToLong(g -> g.core.counters().overload503Sent()).sum();
        return RunReport.of(this, truth.finish(sim.now()), load, outage,
                gateways.stream().mapToLong(g -> g.core.counters().challengesSent()).sum(), overload,
                aco.rateLimited());
    }

    long simulatedEnd() {
        return end;
    }

    List<SiteSpec> sites() {
        return sites;
    }
}
