package org.persistlab.analyzer.decode;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.persistlab.analyzer.capture.CaptureFormat;

/**
 * What reading one capture file found.
 *
 * @param path           the file
 * @param format         pcap, pcapng, or UNKNOWN when it could not be read at all
 * @param formatDetail   byte order, timestamp precision, sections ("pcap, little-endian, µs, link type 1")
 * @param packets        packet records read
 * @param sipMessages    SIP messages decoded (and sent to the sink)
 * @param outcomes       packets per outcome; they add up to {@code packets}
 * @param errors         problems reported (damage in the file or in packets)
 * @param tlsConnections TLS connections seen
 * @param tlsPackets     packets of TLS connections from the first TLS record on (each packet's outcome is decided
 *                       when it is read, so a handshake before it counts as TCP; {@code encryptedFlows} has them all)
 * @param bytes          bytes of the file read
 * @param events         counted reassembly and framing events
 * @param encryptedFlows each direction of each TLS connection with its first/last packet time, in release order
 */
public record FileSummary(Path path, CaptureFormat format, String formatDetail, long packets, long sipMessages,
                          Map<PacketOutcome, Long> outcomes, long errors, long tlsConnections, long tlsPackets,
                          long bytes, Map<DecodeEvent, Long> events, List<EncryptedFlow> encryptedFlows) {

    public FileSummary {
        outcomes = Map.copyOf(outcomes);
        events = Map.copyOf(events);
        encryptedFlows = List.copyOf(encryptedFlows);
    }

    /** Packets that carried no SIP and were not TLS, per reason, in the enum's order. */
    public Map<PacketOutcome, Long> undecoded() {
        EnumMap<PacketOutcome, Long> m = new EnumMap<>(PacketOutcome.class);
        outcomes.forEach((k, v) -> {
            if (k.undecoded()) {
                m.put(k, v);
            }
        });
        return m;
    }

    public long undecodedPackets() {
        return undecoded().values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many packets had this outcome. */
    public long count(PacketOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** How many times this event happened. */
    public long count(DecodeEvent event) {
        return events.getOrDefault(event, 0L);
    }
}
