package vn.traodoi.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.traodoi.system.TraodoiProperties;

/**
 * The key that seals the installed certificates' passwords, AES-256 in GCM mode (a random 96-bit nonce a seal, the
 * organization bound in as associated data, so that a sealed password moved to another organization does not open).
 * It is {@code traodoi.signing.key} ({@code TRAODOI_SIGNING_KEY}: 32 bytes in base64), the same on every node. Without
 * it, a key is generated once into {@code <data-dir>/secrets/signing.key}, readable by its owner only, which serves one
 * node: the log says so, since a node with another key cannot open what this one sealed (ADR 0017).
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed value that does not open with this key: sealed under another key, or altered. */
    static final class WrongKeyException extends RuntimeException {

        WrongKeyException(Throwable cause) {
            super("sealed with another signing key, or altered", cause);
        }
    }

    private final @Nullable SecretKey configured;
    private final Path file;
    private volatile @Nullable SecretKey key;

    @Autowired
    SigningKey(@Value("${traodoi.signing.key:}") String configured, TraodoiProperties properties) {
        this(configured, properties.dataDir());
    }

    SigningKey(String configured, Path dataDir) {
        this.configured = configured.isBlank() ? null : decode(configured.strip(), "traodoi.signing.key (TRAODOI_SIGNING_KEY)");
        this.file = dataDir.toAbsolutePath().normalize().resolve("secrets").resolve("signing.key");
    }

    /** Where the generated key is kept when none is configured. */
    Path file() {
        return file;
    }

    /** {@code plain} sealed: the nonce, then the ciphertext with its tag. */
    byte[] seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** What {@link #seal} sealed with the same context; a {@link WrongKeyException} if it does not open. */
    byte[] open(byte[] sealed, String context) {
        if (sealed.length <= NONCE_BYTES) {
            throw new WrongKeyException(new IllegalArgumentException("too short to be sealed"));
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private SecretKey key() {
        if (configured != null) {
            return configured;
        }
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = readOrGenerate();
                    key = k;
                }
            }
        }
        return k;
    }

    private SecretKey readOrGenerate() {
        try {
            if (Files.exists(file)) {
                return read();
            }
            Path folder = file.getParent();
            ownerOnlyFolder(folder);
            byte[] bytes = new byte[KEY_BYTES];
            RANDOM.nextBytes(bytes);
            Path temporary = ownerOnly(folder);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
            try {
                // A link fails when the file exists: the key is written whole, and never over another.
                try {
                    Files.createLink(file, temporary);
                } catch (UnsupportedOperationException e) {
                    Files.move(temporary, file);
                }
            } catch (FileAlreadyExistsException e) {
                return read();
            } finally {
                Files.deleteIfExists(temporary);
            }
            log.warn("Generated the signing key in {}: it seals the passwords of the organizations' certificates. "
                    + "With several nodes, set the same TRAODOI_SIGNING_KEY (32 random bytes in base64) on every node; "
                    + "a node with another key cannot sign. Back this file up with the database.", file);
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the signing key in " + file, e);
        }
    }

    private SecretKey read() throws IOException {
        SecretKey read = decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        log.info("Signing key read from {}; with several nodes, set the same TRAODOI_SIGNING_KEY on every node", file);
        return read;
    }

    /** The secrets folder, which only its owner may enter (mode 700 where files have modes). */
    private static void ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Files.createDirectories(folder.getParent());
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // made meanwhile
        }
    }

    /** A new empty file in {@code folder} that only its owner may read and write (mode 600 where files have modes). */
    private static Path ownerOnly(Path folder) throws IOException {
        try {
            return Files.createTempFile(folder, "signing", ".key",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(folder, "signing", ".key");
        }
    }

    private static SecretKey decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64; it must be 32 random bytes in base64, "
                    + "for example from: openssl rand -base64 32");
        }
        if (bytes.length != KEY_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalStateException(where + " holds " + length + " bytes; it must be 32 random bytes in base64, "
                    + "for example from: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
