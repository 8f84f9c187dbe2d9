package org.persistlab.sim.run;

/**
 * A phone's credentials, the same at ACO and at IP Office: FORCE_SIP_USERNAME (IP Office's base
 * extension), FORCE_SIP_PASSWORD and FORCE_SIP_EXTENSION (IP Office's user name and full name).
 */
record PhoneIdentity(String username, String password, String extension) {
    /**
     * Credentials for phone {@code index} of site {@code site} when the settings give a template, not
     * one file per phone: unique across the run, fixed by position, like {@code lab settings generate}.
     */
    static PhoneIdentity generated(int site, int index, long secret) {
        long serial = (long) site * 1000 + index;
        String username = "1650" + String.format("%07d", serial);
        String extension = Integer.toString((site + 1) * 1000 + index + 1);
        long x = secret ^ (serial * 0x9E3779B97F4A7C15L);
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        String password = Long.toString(x & Long.MAX_VALUE, 36);
        return new PhoneIdentity(username, password.substring(0, Math.min(12, password.length())), extension);
    }
}
