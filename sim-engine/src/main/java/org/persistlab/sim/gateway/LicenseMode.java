package org.persistlab.sim.gateway;

/**
 * How the IP500 V2 licenses persistent phones (domain.md §2.2). Both are one entitlement per phone
 * taken from a pool in registration order, so the core treats them alike; the mode is kept for
 * reports.
 */
public enum LicenseMode {
    /** Non-subscription: one Avaya IP Endpoint license per Avaya IP phone [IPO-LIC-H323]. */
    ENDPOINT_LICENSE,
    /** Subscription mode: one user subscription per user [IPO-KB-SUB]. */
    USER_SUBSCRIPTION
}
