package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.sim.gateway.GatewayEvent;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.Transport;

/**
 * SIP over TLS: the first start makes a root CA and writes it as {@code WebRootCA.pem}; a client that
 * trusts only that file (as a phone that imported it) completes the handshake with host-name checking,
 * and registers with Digest over the TLS connection. A later start reuses the same root.
 */
class TlsTest {
    private static final String REGISTER = """
            REGISTER sip:127.0.0.2 SIP/2.0\r
            Via: SIP/2.0/TLS 127.0.0.1:PORT;branch=z9hG4bK-tls-CSEQ\r
            Max-Forwards: 70\r
            From: <sip:USER@127.0.0.2>;tag=tls1\r
            To: <sip:USER@127.0.0.2>\r
            Call-ID: tls-call@127.0.0.1\r
            CSeq: CSEQ REGISTER\r
            Contact: <sip:USER@127.0.0.1:PORT;transport=tls>\r
            Expires: 3600\r
            Content-Length: 0\r
            \r
            """;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPhoneTrustingWebRootCaRegistersOverTls() throws Exception {
        List<SippLab.Phone> phones = SippLab.generate(dir.resolve("phones"), 1);
        List<GatewayUser> users = UserFiles.read(dir.resolve("phones"), "phones").users();
        SippLab.Phone phone = phones.get(0);
        int port = SippLab.freePort(SippLab.GATEWAY);
        int tls = SippLab.freePort(SippLab.GATEWAY);
        Path certs = dir.resolve("certs");
        ServerSettings settings = ServerSettings.builder(SippLab.GATEWAY).udpPort(port).tcpPort(port).tlsPort(tls)
                .certsDir(certs).build();
        List<GatewayEvent> events = new CopyOnWriteArrayList<>();

        byte[] rootPem;
        try (GatewayServer server = GatewayServer.start(settings, users, recording(events))) {
            assertThat(server.startNotes()).anySatisfy(n -> assertThat(n).contains("created a root CA"));
            rootPem = Files.readAllBytes(certs.resolve("WebRootCA.pem"));
            X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(rootPem));
            assertThat(root.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
            root.verify(root.getPublicKey()); // self-signed

            try (SSLSocket socket = connect(root, tls)) {
                X509Certificate served = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                served.verify(root.getPublicKey());
                String local = Integer.toString(socket.getLocalPort());
                String first = REGISTER.replace("USER", phone.user()).replace("PORT", local).replace("CSEQ", "1");
                String challenge = exchange(socket, first);
                assertThat(challenge).startsWith("SIP/2.0 401 ");
                String second = HandDigest.authorize(REGISTER.replace("USER", phone.user()).replace("PORT", local)
                        .replace("CSEQ", "2"), challenge, phone.user(), phone.password(), "sip:127.0.0.2");
                assertThat(exchange(socket, second)).startsWith("SIP/2.0 200 ");
            }
            assertThat(server.counters().get("registrations.accepted")).isEqualTo(1);
        }
        assertThat(events).filteredOn(e -> e instanceof GatewayEvent.RegistrationAccepted)
                .singleElement().satisfies(e ->
                        assertThat(((GatewayEvent.RegistrationAccepted) e).transport()).isEqualTo(Transport.TLS));

        try (GatewayServer again = GatewayServer.start(settings, users, ServerListener.silent())) {
            assertThat(again.startNotes()).anySatisfy(n -> assertThat(n).startsWith("using the certificates"));
        }
        assertThat(Files.readAllBytes(certs.resolve("WebRootCA.pem"))).as("the same root, phones keep trusting it")
                .isEqualTo(rootPem);
    }

    /** A TLS client trusting only {@code root}, checking that the certificate names 127.0.0.2. */
    private static SSLSocket connect(X509Certificate root, int port) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("webroot", root);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(SippLab.GATEWAY, port);
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the address dialled
        s.setSSLParameters(p);
        s.setSoTimeout(5_000);
        s.startHandshake();
        return s;
    }

    /** Writes a request and reads one response framed by Content-Length (SIP over a stream). */
    private static String exchange(SSLSocket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^(?:Content-Length|l):\\s*(\\d+)").matcher(text);
        int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static ServerListener recording(List<GatewayEvent> events) {
        return new ServerListener() {
            @Override
            public void event(GatewayEvent event) {
                events.add(event);
            }

            @Override
            public void notice(String message) {
            }
        };
    }
}
