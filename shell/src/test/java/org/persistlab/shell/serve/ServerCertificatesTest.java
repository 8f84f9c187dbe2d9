package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.shell.cli.LabException;

/** The certificate directory: made once, reused, the server certificate reissued from the same root. */
class ServerCertificatesTest {
    @TempDir
    Path dir;

    @Test
    void aNewAddressGetsANewServerCertificateFromTheSameRoot() throws Exception {
        Instant now = Instant.parse("2026-01-15T10:00:00Z");
        ServerCertificates.Material first = ServerCertificates.ensure(dir, InetAddress.getByName("127.0.0.2"), now);
        byte[] root = Files.readAllBytes(first.rootPem());
        assertThat(first.note()).startsWith("created a root CA");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keystore.password"))))
                .isEqualTo("rw-------");

        ServerCertificates.Material same = ServerCertificates.ensure(dir, InetAddress.getByName("127.0.0.2"), now);
        assertThat(same.note()).startsWith("using the certificates");

        ServerCertificates.Material moved = ServerCertificates.ensure(dir, InetAddress.getByName("127.0.0.5"), now);
        assertThat(moved.note()).startsWith("issued a new server certificate for 127.0.0.5");
        assertThat(Files.readAllBytes(moved.rootPem())).isEqualTo(root);
        X509Certificate server = serverCertificate(moved);
        assertThat(server.getSubjectAlternativeNames()).contains(List.of(7, "127.0.0.5"));
        assertThat(server.getIssuerX500Principal()).isEqualTo(rootCertificate(moved).getSubjectX500Principal());
        server.verify(rootCertificate(moved).getPublicKey());

        ServerCertificates.Material later = ServerCertificates.ensure(dir, InetAddress.getByName("127.0.0.5"),
                now.plus(CertificateIssuer.SERVER_VALIDITY));
        assertThat(later.note()).as("renewed before it runs out").startsWith("issued a new server certificate");
    }

    @Test
    void aDamagedDirectoryIsOneMessageNamingIt() throws Exception {
        ServerCertificates.ensure(dir, InetAddress.getByName("127.0.0.2"), Instant.now());
        Files.writeString(dir.resolve("root-ca.p12"), "not a key store");
        assertThatThrownBy(() -> ServerCertificates.ensure(dir, InetAddress.getByName("127.0.0.2"), Instant.now()))
                .isInstanceOf(LabException.class).hasMessageContaining("cannot prepare the TLS certificates in " + dir)
                .hasMessageContaining("remove the directory to start over");
    }

    private static X509Certificate serverCertificate(ServerCertificates.Material m) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(m.keyStore())) {
            ks.load(in, m.password());
        }
        return (X509Certificate) ks.getCertificate("gateway");
    }

    private static X509Certificate rootCertificate(ServerCertificates.Material m) throws Exception {
        try (InputStream in = Files.newInputStream(m.rootPem())) {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
