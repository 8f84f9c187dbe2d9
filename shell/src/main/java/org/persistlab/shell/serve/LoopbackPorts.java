package org.persistlab.shell.serve;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free ports for in-process servers and SIPp on loopback. */
public final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /**
     * A port free for both UDP and TCP on {@code address}, found by binding and releasing it (so
     * another process could still take it before we do; on loopback in tests that is rare).
     */
    public static int free(InetAddress address) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket()) {
                tcp.bind(new InetSocketAddress(address, 0));
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address, port))) {
                    return port;
                } catch (IOException busy) {
                    // the UDP side is taken: try another
                }
            }
        }
        throw new IOException("no port free for both UDP and TCP on " + address.getHostAddress());
    }
}
