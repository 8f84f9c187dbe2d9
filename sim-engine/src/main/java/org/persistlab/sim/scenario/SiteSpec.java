package org.persistlab.sim.scenario;

/**
 * One site: an IP500 V2 with its phones.
 *
 * @param licenses endpoint licenses, or -1 for one per phone
 * @param settings a persist-settings file or directory for this site's phones, or {@code null} for the scenario's
 * @param users    persist-settings files the IP Office users are created from, when they differ from the
 *                 phones' own (an administrator's typing mistake, say); {@code null} for the phones' own
 */
public record SiteSpec(String name, int phones, int licenses, String settings, String users) {
    public SiteSpec(String name, int phones, int licenses, String settings) {
        this(name, phones, licenses, settings, null);
    }

    public SiteSpec {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("site name '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
        if (phones < 0 || phones > 384) {
            throw new IllegalArgumentException("site " + name + ": phones=" + phones
                    + " is outside 0..384 (the IP500 V2 maximum [IPO-CAP-EXT])");
        }
        if (licenses < -1 || licenses > 384) {
            throw new IllegalArgumentException("site " + name + ": licenses=" + licenses + " is outside 0..384");
        }
    }

    public int effectiveLicenses() {
        return licenses < 0 ? phones : licenses;
    }

    String toText() {
        StringBuilder sb = new StringBuilder("site ").append(name).append(" phones=").append(phones);
        if (licenses >= 0) {
            sb.append(" licenses=").append(licenses);
        }
        if (settings != null) {
            sb.append(" settings=").append(settings);
        }
        if (users != null) {
            sb.append(" users=").append(users);
        }
        return sb.toString();
    }
}
