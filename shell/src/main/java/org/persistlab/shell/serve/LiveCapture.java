package org.persistlab.shell.serve;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.PcapStat;
import org.pcap4j.core.Pcaps;

/**
 * {@code lab serve --capture FILE}: the server's own traffic, captured live through pcap4j and
 * libpcap into a pcap that {@code lab analyze} reads. libpcap writes the file itself (pcap_dump), so
 * no packet crosses into Java. When libpcap is missing or capturing is not permitted, {@link #start}
 * says why in one line and the server runs without a capture.
 */
final class LiveCapture implements AutoCloseable {
    /** Whole packets: SIP over TCP can fill a 64 KiB segment on loopback. */
    private static final int SNAPLEN = 65_536;
    /** Milliseconds libpcap may hold packets before handing them over; bounds the wait at stop. */
    private static final int READ_TIMEOUT_MS = 10;
    /** How long stop waits for packets still in the kernel's buffer. */
    private static final long DRAIN_MS = 200;

    private final PcapHandle handle;
    private final PcapDumper dumper;
    private final Thread thread;
    private final Path file;
    private final String device;
    private volatile String failure;
    private volatile String summary = "";

    /** The capture, or why there is none. */
    record Attempt(LiveCapture capture, String problem) {
    }

    private LiveCapture(PcapHandle handle, PcapDumper dumper, Path file, String device) {
        this.handle = handle;
        this.dumper = dumper;
        this.file = file;
        this.device = device;
        this.thread = new Thread(this::run, "lab-serve-capture");
        this.thread.setDaemon(true);
    }

    /** Opens the device that carries {@code bind} with a filter on the server's ports and starts writing. */
    static Attempt start(Path file, InetAddress bind, List<Integer> ports) {
        String filter = "host " + bind.getHostAddress() + " and ("
                + ports.stream().distinct().map(p -> "port " + p).collect(Collectors.joining(" or ")) + ")";
        PcapHandle handle = null;
        try {
            PcapNetworkInterface nif = Pcaps.getDevByAddress(bind);
            if (nif == null && bind.isLoopbackAddress()) {
                nif = Pcaps.getDevByName("lo"); // Linux answers all of 127/8 on lo, but lists only 127.0.0.1
            }
            if (nif == null) {
                return new Attempt(null, "no capture device carries " + bind.getHostAddress());
            }
            handle = nif.openLive(SNAPLEN, PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS, READ_TIMEOUT_MS);
            handle.setFilter(filter, BpfProgram.BpfCompileMode.OPTIMIZE);
            PcapDumper dumper = handle.dumpOpen(file.toString());
            LiveCapture c = new LiveCapture(handle, dumper, file, nif.getName());
            c.thread.start();
            return new Attempt(c, null);
        } catch (PcapNativeException | NotOpenException e) {
            if (handle != null) {
                handle.close();
            }
            return new Attempt(null, e.getMessage());
        } catch (LinkageError e) {
            return new Attempt(null, "libpcap is not installed (Debian: apt-get install libpcap0.8)");
        }
    }

    private void run() {
        try {
            handle.loop(-1, dumper);
        } catch (InterruptedException e) {
            // breakLoop: the normal end
        } catch (PcapNativeException | NotOpenException e) {
            failure = e.getMessage();
        }
    }

    Path file() {
        return file;
    }

    String device() {
        return device;
    }

    /** Waits for packets still buffered, stops, and says what was written. */
    @Override
    public void close() {
        String stats = "";
        try {
            Thread.sleep(DRAIN_MS);
            PcapStat s = handle.getStats();
            stats = s.getNumPacketsReceived() + " packets on " + device + ", " + s.getNumPacketsDropped()
                    + " dropped by the kernel";
            handle.breakLoop();
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (PcapNativeException | NotOpenException e) {
            stats = "statistics unavailable (" + e.getMessage() + ")";
        }
        try {
            dumper.flush();
        } catch (PcapNativeException | NotOpenException e) {
            failure = failure == null ? e.getMessage() : failure;
        }
        dumper.close();
        handle.close();
        summary = stats;
    }

    /** After {@link #close}: packets and drops, and any failure while capturing. */
    String summary() {
        return failure == null ? summary : summary + "; capture failed: " + failure;
    }
}
