package vn.traodoi.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.crypto.BadPaddingException;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import vn.traodoi.system.InvalidInputException;

/**
 * Opens a PKCS#12 file (.p12, .pfx) with its password and finds what signs: the first entry, by alias, that holds a
 * private key, its certificate and chain. Each reason to refuse it is a message beside the field it concerns: the
 * file is no PKCS#12, the password is wrong, there is no private key, the key is neither RSA nor EC, the key does not
 * belong to the certificate, or the certificate is not for signing. Whether it is valid today is the caller's check.
 */
final class Pkcs12 {

    static final String FILE = "file";
    static final String PASSWORD = "password";
    /** The key algorithms signed with: SHA-256 with RSA (PKCS#1 v1.5) or with ECDSA. */
    static final Set<String> KEY_ALGORITHMS = Set.of("RSA", "EC");

    /** A key entry: its alias, the private key, and the chain from the signer's certificate up. */
    record Contents(String alias, PrivateKey key, List<X509Certificate> chain) {

        Contents {
            chain = List.copyOf(chain);
        }

        X509Certificate certificate() {
            return chain.getFirst();
        }
    }

    private Pkcs12() {
    }

    static Contents read(byte[] bytes, char[] password) {
        try {
            new PKCS12PfxPdu(bytes);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(FILE, "signing.certificate.notPkcs12");
        }
        KeyStore store = load(bytes, password);
        try {
            List<String> aliases = Collections.list(store.aliases());
            Collections.sort(aliases);
            for (String alias : aliases) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                    continue;
                }
                List<X509Certificate> certificates = new ArrayList<>();
                for (Certificate c : chain) {
                    if (c instanceof X509Certificate x509) {
                        certificates.add(x509);
                    }
                }
                if (certificates.isEmpty()) {
                    continue;
                }
                return check(new Contents(alias, privateKey, certificates));
            }
        } catch (UnrecoverableKeyException e) {
            throw new InvalidInputException(PASSWORD, "signing.certificate.keyPassword");
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(FILE, "signing.certificate.unreadable");
        }
        throw new InvalidInputException(FILE, "signing.certificate.noPrivateKey");
    }

    /** Reads a PKCS#12 that was accepted before (the stored one, with its unsealed password). */
    static Contents reread(byte[] bytes, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            Certificate[] chain = store.getCertificateChain(alias);
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            return new Contents(alias, (PrivateKey) store.getKey(alias, password), certificates);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the installed PKCS#12 no longer opens with its password", e);
        }
    }

    private static KeyStore load(byte[] bytes, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            if (wrongPassword(e)) {
                throw new InvalidInputException(PASSWORD, "signing.certificate.wrongPassword");
            }
            throw new InvalidInputException(FILE, "signing.certificate.unreadable");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException(FILE, "signing.certificate.unreadable");
        }
    }

    /** The JDK says a wrong password as an IOException caused by an unrecoverable key or a bad padding. */
    private static boolean wrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnrecoverableKeyException || t instanceof BadPaddingException || t instanceof PKCSException) {
                return true;
            }
        }
        return e.getMessage() != null && e.getMessage().contains("password");
    }

    private static Contents check(Contents contents) {
        X509Certificate certificate = contents.certificate();
        String algorithm = certificate.getPublicKey().getAlgorithm();
        if (!KEY_ALGORITHMS.contains(algorithm) || !KEY_ALGORITHMS.contains(contents.key().getAlgorithm())) {
            throw new InvalidInputException(FILE, "signing.certificate.unsupportedKey", algorithm);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            throw new InvalidInputException(FILE, "signing.certificate.notForSigning");
        }
        if (!keyMatches(contents.key(), certificate)) {
            throw new InvalidInputException(FILE, "signing.certificate.keyMismatch");
        }
        return contents;
    }

    /** Whether the private key signs what the certificate's public key verifies. */
    private static boolean keyMatches(PrivateKey key, X509Certificate certificate) {
        try {
            String algorithm = CadesSigner.signatureAlgorithm(key);
            byte[] probe = "traodoi".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
