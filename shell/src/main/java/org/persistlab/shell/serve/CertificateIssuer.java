package org.persistlab.shell.serve;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the two certificates IP Office serves TLS with: a self-signed root CA (what IP Office exports
 * as {@code WebRootCA.pem} for phones to trust) and a server certificate it signs for the gateway's
 * address. RSA 2048 with SHA-256, which every J100 firmware accepts (ASSUMPTION: the Avaya guide
 * names no key type; IP Office's own generated certificates are RSA 2048 / SHA-256).
 */
final class CertificateIssuer {
    /** ASSUMPTION: ten years for the root, as a lab CA that phones import once. */
    static final Duration ROOT_VALIDITY = Duration.ofDays(3650);
    /** ASSUMPTION: two years for the server certificate; it is reissued from the root when it runs out. */
    static final Duration SERVER_VALIDITY = Duration.ofDays(730);
    private static final String SIGNATURE = "SHA256withRSA";
    private static final int KEY_BITS = 2048;

    private final SecureRandom random = new SecureRandom();

    /** A certificate with its private key. */
    record Issued(KeyPair keys, X509Certificate certificate) {
    }

    Issued rootCa(Instant now) throws GeneralSecurityException {
        KeyPair keys = keyPair();
        X500Name name = new X500Name("CN=Persist Lab IP Office Root CA,O=Persist Lab");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), notBefore(now),
                Date.from(now.plus(ROOT_VALIDITY)), name, keys.getPublic());
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new GeneralSecurityException("cannot add an extension to the root certificate", e);
        }
        return new Issued(keys, sign(b, keys));
    }

    /** The gateway's certificate for {@code address} (IP subject alternative name), signed by {@code ca}. */
    Issued server(Issued ca, InetAddress address, Instant now) throws GeneralSecurityException {
        KeyPair keys = keyPair();
        String ip = address.getHostAddress();
        // The issuer is the root's subject, byte for byte, so that chain checks match it exactly.
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), notBefore(now),
                Date.from(now.plus(SERVER_VALIDITY)),
                new javax.security.auth.x500.X500Principal("CN=" + ip + ", O=Persist Lab"), keys.getPublic());
        GeneralNames names = address.isLoopbackAddress()
                ? new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.iPAddress, ip),
                        new GeneralName(GeneralName.dNSName, "localhost")})
                : new GeneralNames(new GeneralName(GeneralName.iPAddress, ip));
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(Extension.subjectAlternativeName, false, names);
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    ext.createAuthorityKeyIdentifier(ca.certificate()));
        } catch (CertIOException e) {
            throw new GeneralSecurityException("cannot add an extension to the server certificate", e);
        }
        return new Issued(keys, sign(b, ca.keys()));
    }

    private KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(KEY_BITS, random);
        return g.generateKeyPair();
    }

    private BigInteger serial() {
        return new BigInteger(63, random).add(BigInteger.ONE); // positive and non-zero (RFC 5280 §4.1.2.2)
    }

    /** An hour back, so a phone whose clock runs a little behind still accepts the certificate. */
    private static Date notBefore(Instant now) {
        return Date.from(now.minus(Duration.ofHours(1)));
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with " + SIGNATURE, e);
        }
    }
}
