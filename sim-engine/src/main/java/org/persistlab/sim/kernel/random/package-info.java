/**
 * Reproducible randomness: MRG32k3a streams and substreams ({@link
 * org.persistlab.sim.kernel.random.RandomStreams}, one stream per entity by a stable key, one
 * substream per replication) and the distributions the models draw from, each taking the stream to
 * draw from, plus a parser for distributions written in scenarios ({@link
 * org.persistlab.sim.kernel.random.DistributionSpec}).
 */
package org.persistlab.sim.kernel.random;
