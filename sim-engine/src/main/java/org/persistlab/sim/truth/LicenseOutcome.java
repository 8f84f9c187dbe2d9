package org.persistlab.sim.truth;

/** What IP Office gave a phone that registered to it. */
public enum LicenseOutcome {
    /** The phone never registered to IP Office. */
    NONE,
    /** Registered with an endpoint license (or user subscription): full Limited Service. */
    LICENSED,
    /** Registered without a license: emergency calls only (an Avaya phone, domain.md §2.2). */
    EMERGENCY_ONLY,
    /** IP Office refused the registration (a third-party phone without license, a wrong password...). */
    REFUSED
}
