package org.persistlab.sim.phone;

/** Who a call is for, as the call load mixes them. */
public enum CallKind { INTERNAL, EXTERNAL, EMERGENCY, INCOMING }
