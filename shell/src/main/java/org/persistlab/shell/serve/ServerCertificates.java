package org.persistlab.shell.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.persistlab.shell.cli.LabException;

/**
 * The certificate directory of {@code lab serve --tls} ({@code --certs DIR}). On first start it makes
 * a root CA and a server certificate and writes the root as {@code WebRootCA.pem}, as IP Office
 * serves it for phones to import; later starts reuse them, and reissue only the server certificate
 * (from the same root, so phones keep trusting it) when the address changed or it is about to expire.
 *
 * <p>Files: {@value #ROOT_PEM} (the root, PEM), {@value #ROOT_STORE} (the root and its key),
 * {@value #SERVER_STORE} (the server key and chain, what the SIP stack loads), and
 * {@value #PASSWORD_FILE} (the random password of both stores, readable by the owner only).
 */
final class ServerCertificates {
    static final String ROOT_PEM = "WebRootCA.pem";
    static final String ROOT_STORE = "root-ca.p12";
    static final String SERVER_STORE = "gateway.p12";
    static final String PASSWORD_FILE = "keystore.password";
    private static final String ROOT_ALIAS = "root";
    private static final String SERVER_ALIAS = "gateway";
    /** Reissue a server certificate that expires within this. */
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    /**
     * What the SIP stack needs, and what happened.
     *
     * @param keyStore the server's PKCS#12 store
     * @param password its password
     * @param rootPem  {@code WebRootCA.pem}
     * @param note     one line for the operator: created, reissued or reused
     */
    record Material(Path keyStore, char[] password, Path rootPem, String note) {
    }

    private ServerCertificates() {
    }

    static Material ensure(Path dir, InetAddress address, Instant now) throws LabException {
        try {
            Files.createDirectories(dir);
            Path rootStore = dir.resolve(ROOT_STORE);
            CertificateIssuer issuer = new CertificateIssuer();
            if (!Files.exists(rootStore)) {
                char[] password = newPassword(dir.resolve(PASSWORD_FILE));
                CertificateIssuer.Issued root = issuer.rootCa(now);
                store(rootStore, ROOT_ALIAS, root.keys(), password, root.certificate());
                writePem(dir.resolve(ROOT_PEM), root.certificate());
                issueServer(dir, issuer, root, address, now, password);
                return new Material(dir.resolve(SERVER_STORE), password, dir.resolve(ROOT_PEM),
                        "created a root CA and a server certificate for " + address.getHostAddress() + " in " + dir
                                + "; phones must import " + dir.resolve(ROOT_PEM) + " to trust it");
            }
            char[] password = readPassword(dir.resolve(PASSWORD_FILE));
            CertificateIssuer.Issued root = load(rootStore, ROOT_ALIAS, password);
            if (!Files.exists(dir.resolve(ROOT_PEM))) {
                writePem(dir.resolve(ROOT_PEM), root.certificate());
            }
            Path serverStore = dir.resolve(SERVER_STORE);
            if (Files.exists(serverStore) && stillGood(load(serverStore, SERVER_ALIAS, password).certificate(),
                    address, now)) {
                return new Material(serverStore, password, dir.resolve(ROOT_PEM),
                        "using the certificates in " + dir);
            }
            issueServer(dir, issuer, root, address, now, password);
            return new Material(serverStore, password, dir.resolve(ROOT_PEM),
                    "issued a new server certificate for " + address.getHostAddress() + " from the root CA in " + dir);
        } catch (IOException | GeneralSecurityException e) {
            throw new LabException("cannot prepare the TLS certificates in " + dir + ": " + e.getMessage()
                    + " (remove the directory to start over; phones must then import the new " + ROOT_PEM + ")", e);
        }
    }

    private static void issueServer(Path dir, CertificateIssuer issuer, CertificateIssuer.Issued root,
                                    InetAddress address, Instant now, char[] password)
            throws IOException, GeneralSecurityException {
        CertificateIssuer.Issued server = issuer.server(root, address, now);
        store(dir.resolve(SERVER_STORE), SERVER_ALIAS, server.keys(), password, server.certificate(),
                root.certificate());
    }

    /** The server certificate names this address and does not run out within {@link #RENEW_BEFORE}. */
    private static boolean stillGood(X509Certificate cert, InetAddress address, Instant now)
            throws GeneralSecurityException {
        if (cert.getNotAfter().before(Date.from(now.plus(RENEW_BEFORE)))) {
            return false;
        }
        Collection<List<?>> names = cert.getSubjectAlternativeNames();
        if (names == null) {
            return false;
        }
        for (List<?> n : names) {
            if (Integer.valueOf(7).equals(n.get(0)) && address.getHostAddress().equals(n.get(1))) {
                return true; // 7 = iPAddress (RFC 5280 §4.2.1.6)
            }
        }
        return false;
    }

    private static void store(Path file, String alias, KeyPair keys, char[] password, Certificate... chain)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(alias, keys.getPrivate(), password, chain);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        createOwnerOnly(tmp);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ks.store(out, password);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static CertificateIssuer.Issued load(Path file, String alias, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        if (!(ks.getKey(alias, password) instanceof PrivateKey key)
                || !(ks.getCertificate(alias) instanceof X509Certificate cert)) {
            throw new GeneralSecurityException(file.getFileName() + " has no entry '" + alias + "'");
        }
        return new CertificateIssuer.Issued(new KeyPair(cert.getPublicKey(), key), cert);
    }

    static void writePem(Path file, X509Certificate cert) throws IOException, GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded());
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n",
                StandardCharsets.US_ASCII);
    }

    private static char[] newPassword(Path file) throws IOException {
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        createOwnerOnly(file);
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
        return password.toCharArray();
    }

    private static char[] readPassword(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file.getFileName() + " is missing");
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
    }

    /** An empty file only its owner can read, made so before any secret is written to it. */
    private static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
