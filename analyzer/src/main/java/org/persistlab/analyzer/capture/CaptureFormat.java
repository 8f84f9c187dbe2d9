package org.persistlab.analyzer.capture;

/** The container format of a capture file, recognised by its first four bytes. */
public enum CaptureFormat {
    /** Classic libpcap, either byte order, microsecond or nanosecond timestamps (and the "modified" variant). */
    PCAP("pcap"),
    /** pcap next generation: sections, interfaces, enhanced/simple/obsolete packet blocks. */
    PCAPNG("pcapng"),
    /** The file could not be opened or is neither pcap nor pcapng. */
    UNKNOWN("unknown");

    private final String label;

    CaptureFormat(String label) {
        this.label = label;
    }

    /** The short name used in reports and JSON. */
    public String label() {
        return label;
    }
}
