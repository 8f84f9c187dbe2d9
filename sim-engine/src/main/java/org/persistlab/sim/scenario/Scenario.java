package org.persistlab.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.sim.kernel.Durations;

/**
 * A what-if, immutable: the parameters set explicitly (everything else takes its catalog default)
 * and, optionally, explicit sites. The same text is a scenario file, what {@code save} writes and
 * what {@code load} reads.
 */
public final class Scenario {
    private final String source;
    private final Map<String, String> values;
    private final List<SiteSpec> sites;

    Scenario(String source, Map<String, String> values, List<SiteSpec> sites) {
        this.source = source;
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.sites = List.copyOf(sites);
    }

    /** The built-in default: every parameter at its default. */
    public static Scenario defaults() {
        return new Scenario("built-in", Map.of(), List.of());
    }

    /** Where the scenario came from (a file name, or {@code built-in}). */
    public String source() {
        return source;
    }

    public String value(ParamDef p) {
        return values.getOrDefault(p.name(), p.defaultValue());
    }

    public boolean isSet(ParamDef p) {
        return values.containsKey(p.name());
    }

    /** The parameters set explicitly, in the order they were set. */
    public Map<String, String> explicitValues() {
        return values;
    }

    /**
     * This scenario with one parameter changed.
     *
     * @throws IllegalArgumentException naming the parameter and what is wrong with the value
     */
    public Scenario with(ParamDef p, String value) {
        String problem = p.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(p.name() + ": " + problem);
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        v.remove(p.name());
        v.put(p.name(), value.trim());
        return new Scenario(source, v, sites);
    }

    public Scenario without(ParamDef p) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.remove(p.name());
        return new Scenario(source, v, sites);
    }

    public Scenario withSites(List<SiteSpec> newSites) {
        return new Scenario(source, values, newSites);
    }

    public Scenario withSource(String newSource) {
        return new Scenario(newSource, values, sites);
    }

    /** Explicit sites, or {@code sites} sites of {@code phones} phones named site1, site2, ... */
    public List<SiteSpec> effectiveSites() {
        if (!sites.isEmpty()) {
            return sites;
        }
        int n = (int) integer(Params.SITES);
        int phones = (int) integer(Params.PHONES);
        String lic = value(Params.LICENSES);
        int licenses = lic.equals("phones") ? -1 : Integer.parseInt(lic);
        List<SiteSpec> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add(new SiteSpec("site" + i, phones, licenses, null));
        }
        return out;
    }

    public List<SiteSpec> explicitSites() {
        return sites;
    }

    public int totalPhones() {
        return effectiveSites().stream().mapToInt(SiteSpec::phones).sum();
    }

    // ---- typed reads ----

    public long integer(ParamDef p) {
        return Long.parseLong(value(p).trim());
    }

    /** A duration in nanoseconds; {@code -1} for the word {@code never}. */
    public long duration(ParamDef p) {
        String v = value(p).trim();
        return v.equals("never") ? -1 : Durations.parse(v);
    }

    public double fraction(ParamDef p) {
        return Double.parseDouble(value(p).trim());
    }

    /** A percentage as a probability in [0, 1]. */
    public double probability(ParamDef p) {
        return ParamType.percent(value(p)) / 100.0;
    }

    /** A rate in events per second; {@code Double.POSITIVE_INFINITY} for {@code unlimited}. */
    public double perSecond(ParamDef p) {
        String v = value(p).trim();
        return v.equals("unlimited") ? Double.POSITIVE_INFINITY : ParamType.perSecond(v);
    }

    public String choice(ParamDef p) {
        return value(p).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The scenario as the text a file holds: explicit parameters in catalog order, then the sites. */
    public String toText() {
        StringBuilder sb = new StringBuilder("# Persist Lab scenario\n");
        for (ParamDef p : Params.all()) {
            if (values.containsKey(p.name())) {
                sb.append(p.name()).append(' ').append(values.get(p.name())).append('\n');
            }
        }
        for (SiteSpec s : sites) {
            sb.append(s.toText()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && s.values.equals(values) && s.sites.equals(sites);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + sites.hashCode();
    }
}
