package org.persistlab.sip.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one J100 phone's settings file says, typed, with the documented default for everything the
 * file leaves out or gets wrong (see {@link Parameters}). Durations are whole seconds (or minutes
 * where the name says so); callers convert to their own time base. Immutable.
 */
public final class PhoneSettings {
    private final SettingsFile file;
    private final Map<String, String> applied;
    private final ControllerList controllers;
    private final List<Finding> findings;

    private PhoneSettings(SettingsFile file, Map<String, String> applied, ControllerList controllers,
                          List<Finding> findings) {
        this.file = file;
        this.applied = Map.copyOf(applied);
        this.controllers = controllers;
        this.findings = List.copyOf(findings);
    }

    /** Types the values of a parsed file, checking each known parameter against its range. */
    public static PhoneSettings from(SettingsFile file) {
        List<Finding> findings = new ArrayList<>(file.findings());
        ParameterValidator v = ParameterValidator.run(file, findings);
        findings.sort(Finding.ORDER);
        return new PhoneSettings(file, v.applied(), v.controllers(), findings);
    }

    /** Reads and types a settings file in one step. */
    public static PhoneSettings parse(String source, byte[] bytes) {
        return from(SettingsFile.parse(source, bytes));
    }

    /** Every parameter at its default (no controllers, no credentials). */
    public static PhoneSettings defaults() {
        return from(SettingsFile.empty("(defaults)"));
    }

    public SettingsFile file() {
        return file;
    }

    /** The file's reading problems and every out-of-range or unreadable value, in line order. */
    public List<Finding> findings() {
        return findings;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The value that applies: the file's, when usable, otherwise the documented default. */
    public Optional<String> value(ParameterDef def) {
        String v = applied.get(def.name().toUpperCase(Locale.ROOT));
        return v != null ? Optional.of(v) : def.defaultText();
    }

    /**
     * An INTEGER or FLAG parameter's value.
     *
     * @throws IllegalArgumentException when the parameter is not numeric or has neither a value nor a default
     */
    public int intValue(ParameterDef def) {
        if (def.kind() != ParameterKind.INTEGER && def.kind() != ParameterKind.FLAG) {
            throw new IllegalArgumentException(def.name() + " is a " + def.kind() + ", not a number");
        }
        String v = value(def).orElseThrow(() -> new IllegalArgumentException(def.name()
                + " is not set and has no documented default"));
        return Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
    }

    /** A FLAG parameter's value, {@code Optional.empty()} when it is unset and has no default. */
    public Optional<Boolean> flag(ParameterDef def) {
        if (value(def).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(intValue(def) == 1);
    }

    public int registerWaitSeconds() {
        return intValue(Parameters.REGISTERWAIT);
    }

    public int recoveryRegisterWaitSeconds() {
        return intValue(Parameters.RECOVERYREGISTERWAIT);
    }

    public int waitForRegistrationSeconds() {
        return intValue(Parameters.WAIT_FOR_REGISTRATION_TIMER);
    }

    public int controllerSearchIntervalSeconds() {
        return intValue(Parameters.CONTROLLER_SEARCH_INTERVAL);
    }

    /** 0 means the INVITE fast-response check is off. */
    public int fastResponseTimeoutSeconds() {
        return intValue(Parameters.FAST_RESPONSE_TIMEOUT);
    }

    public FailbackPolicy failbackPolicy() {
        return FailbackPolicy.fromToken(value(Parameters.FAILBACK_POLICY).orElseThrow());
    }

    public RegProxyPolicy regProxyPolicy() {
        return RegProxyPolicy.fromToken(value(Parameters.SIPREGPROXYPOLICY).orElseThrow());
    }

    public int simultaneousRegistrations() {
        return intValue(Parameters.SIMULTANEOUS_REGISTRATIONS);
    }

    public boolean tcpKeepAliveEnabled() {
        return intValue(Parameters.TCP_KEEP_ALIVE_STATUS) == 1;
    }

    public int tcpKeepAliveTimeSeconds() {
        return intValue(Parameters.TCP_KEEP_ALIVE_TIME);
    }

    public int tcpKeepAliveIntervalSeconds() {
        return intValue(Parameters.TCP_KEEP_ALIVE_INTERVAL);
    }

    /** ASSUMPTION (LAB_TCP_KEEP_ALIVE_PROBES): unanswered re-sends before the socket counts as lost. */
    public int tcpKeepAliveProbes() {
        return intValue(Parameters.LAB_TCP_KEEP_ALIVE_PROBES);
    }

    public boolean connectionReuse() {
        return intValue(Parameters.CONNECTION_REUSE) == 1;
    }

    /** ASSUMPTION (LAB_OPTIONS_INTERVAL): period of the OPTIONS polls toward ACO. */
    public int optionsIntervalSeconds() {
        return intValue(Parameters.LAB_OPTIONS_INTERVAL);
    }

    /** ASSUMPTION (LAB_OPTIONS_TIMEOUT): how long one OPTIONS may stay unanswered. */
    public int optionsTimeoutSeconds() {
        return intValue(Parameters.LAB_OPTIONS_TIMEOUT);
    }

    /** ASSUMPTION (LAB_OPTIONS_FAILURES): consecutive unanswered polls before ACO is lost. */
    public int optionsFailures() {
        return intValue(Parameters.LAB_OPTIONS_FAILURES);
    }

    public boolean mediaPreservation() {
        return intValue(Parameters.MEDIA_PRESERVATION) == 1;
    }

    /** PRESERVED_CONNECTION_DURATION, or the template's PRESERVED_CALL_DURATION when only that is set. */
    public int preservedConnectionMinutes() {
        if (!applied.containsKey(Parameters.PRESERVED_CONNECTION_DURATION.name())
                && applied.containsKey(Parameters.PRESERVED_CALL_DURATION.name())) {
            return intValue(Parameters.PRESERVED_CALL_DURATION);
        }
        return intValue(Parameters.PRESERVED_CONNECTION_DURATION);
    }

    /** The readable controller entries in priority order; for this design ACO first, IP Office second. */
    public List<ControllerEntry> controllers() {
        return controllers.entries();
    }

    /** The whole list, with each entry's original text, for editing. */
    public ControllerList controllerList() {
        return controllers;
    }

    public Optional<String> forceSipUsername() {
        return value(Parameters.FORCE_SIP_USERNAME);
    }

    public Optional<String> forceSipPassword() {
        return value(Parameters.FORCE_SIP_PASSWORD);
    }

    public Optional<String> forceSipExtension() {
        return value(Parameters.FORCE_SIP_EXTENSION);
    }

    /** PHNEMERGNUM (default 911) then each PHNMOREEMERGNUMS entry, without blanks or repeats. */
    public List<String> emergencyNumbers() {
        Set<String> numbers = new LinkedHashSet<>();
        value(Parameters.PHNEMERGNUM).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(numbers::add);
        for (String n : value(Parameters.PHNMOREEMERGNUMS).orElse("").split(",")) {
            if (!n.isBlank()) {
                numbers.add(n.strip());
            }
        }
        return List.copyOf(numbers);
    }
}
