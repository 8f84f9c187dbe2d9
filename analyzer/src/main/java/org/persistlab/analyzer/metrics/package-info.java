/**
 * RFC 6076 metrics, registration storms and failover latency, aggregated from what the trackers
 * end. Delays are recorded in nanoseconds in HdrHistograms (3 significant digits) and reported in
 * milliseconds with 3 decimals; a ratio with a zero denominator is {@code null} (undefined).
 */
package org.persistlab.analyzer.metrics;
