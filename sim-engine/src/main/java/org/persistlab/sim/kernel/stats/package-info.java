/**
 * Output analysis: time-weighted averages on the simulation clock ({@link
 * org.persistlab.sim.kernel.stats.TimeWeighted}), independent replications run one simulator per thread
 * ({@link org.persistlab.sim.kernel.stats.ReplicationRunner}), and Student-t confidence intervals.
 */
package org.persistlab.sim.kernel.stats;
