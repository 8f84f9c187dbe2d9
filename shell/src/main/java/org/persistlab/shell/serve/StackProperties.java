package org.persistlab.shell.serve;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The JAIN-SIP (NIST RI 1.3.0-91) stack properties {@code lab serve} runs with. Each one is here for
 * a reason given beside it; the names are the RI's ({@code gov.nist.javax.sip.SipStackImpl} javadoc).
 */
final class StackProperties {
    /**
     * One UDP worker thread. With more, two datagrams that arrive back to back (a 180 and a 200 from
     * the called phone) can reach the listener in the other order, and the proxy relays them swapped;
     * the RI's default ("infinity") starts a thread per message. The gateway core is single-threaded
     * anyway, and the RI parses about 100,000 messages a second on one thread (anchors.md §3).
     */
    static final int THREAD_POOL_SIZE = 1;
    /** ASSUMPTION: 65,536 bytes, far above any phone's message; bounds what one peer can make us buffer. */
    static final int MAX_MESSAGE_SIZE = 65_536;
    /** ASSUMPTION: 10,000 server transactions at once; bounds memory under a REGISTER flood. */
    static final int MAX_SERVER_TRANSACTIONS = 10_000;
    /**
     * ASSUMPTION: 1 MiB socket buffers for UDP. The RI asks for one datagram's worth (8 KiB), so a
     * registration burst overflowed the kernel's queue and phones had to retransmit; RestComm's production
     * settings use 128 KiB (anchors.md §3). The kernel caps it at net.core.rmem_max / wmem_max.
     */
    static final int UDP_BUFFER_BYTES = 1 << 20;
    /** ASSUMPTION: 4,096 TCP/TLS connections at once (above 384 phones with room for churn). */
    static final int MAX_CONNECTIONS = 4_096;

    /**
     * TLS 1.2 only. The RI's default also offers TLS 1.0 and 1.1 (RFC 8996 deprecates both); J100
     * firmware speaks 1.2 (ASSUMPTION: the Avaya guide names no version).
     */
    static final String TLS_PROTOCOLS = "TLSv1.2";
    /**
     * Forward-secret ECDHE suites first, then RSA key exchange with AES-128 for older firmware
     * (ASSUMPTION). The RI's default list starts with RSA key exchange and includes anonymous
     * Diffie-Hellman suites, which the JDK refuses anyway.
     */
    static final String CIPHER_SUITES = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,"
            + " TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, TLS_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA";

    private StackProperties() {
    }

    /**
     * @param name     the stack's name (one per server in a JVM)
     * @param keyStore the PKCS#12 key store with the server's key and chain, or {@code null} without TLS
     * @param password its password
     */
    static Properties of(String name, Path keyStore, char[] password) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", name);
        // A proxy, not a user agent: the core keeps call state, the stack must not answer for dialogs.
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // The RI's default loggers need log4j; the lab prints what matters itself.
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", QuietStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", QuietServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        // Events reach the listener on the thread that read them (the one UDP thread, or the connection's
        // reader), so each source's messages stay in order; the listener only queues them for the core and
        // is safe to call from several threads. A non-reentrant listener would add the RI's EventScanner
        // thread, which stack.stop() leaves running (seen with 1.3.0-91), so in-process servers leaked it.
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(THREAD_POOL_SIZE));
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_SIZE));
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", Integer.toString(MAX_SERVER_TRANSACTIONS));
        p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", Integer.toString(MAX_CONNECTIONS));
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER_BYTES));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER_BYTES));
        // Phones keep one connection and expect requests toward them on it (RFC 5626 style reuse).
        p.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        if (keyStore != null) {
            String path = keyStore.toAbsolutePath().toString();
            String secret = new String(password);
            p.setProperty("javax.net.ssl.keyStore", path);
            p.setProperty("javax.net.ssl.keyStorePassword", secret);
            p.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
            // The stack also wants a trust store; phones do not present certificates (TLS_CLIENT_AUTH_TYPE).
            p.setProperty("javax.net.ssl.trustStore", path);
            p.setProperty("javax.net.ssl.trustStorePassword", secret);
            p.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", TLS_PROTOCOLS);
            p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", CIPHER_SUITES);
        }
        return p;
    }
}
