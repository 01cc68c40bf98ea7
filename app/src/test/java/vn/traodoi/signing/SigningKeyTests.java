package vn.traodoi.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTests {

    @TempDir
    Path dataDir;

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceReadableByItsOwnerOnly() throws Exception {
        SigningKey first = new SigningKey("", dataDir);
        byte[] sealed = first.seal("mật khẩu".getBytes(StandardCharsets.UTF_8), "org:1");

        Path file = dataDir.resolve("secrets/signing.key");
        assertThat(first.file()).isEqualTo(file.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(Files.list(file.getParent())).containsExactly(file);
        String written = Files.readString(file);

        SigningKey restarted = new SigningKey("", dataDir);
        assertThat(new String(restarted.open(sealed, "org:1"), StandardCharsets.UTF_8)).isEqualTo("mật khẩu");
        restarted.seal(new byte[] {1}, "org:1");
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void aConfiguredKeyIsUsedAndNothingIsWritten() {
        String configured = randomKey();
        SigningKey key = new SigningKey(configured, dataDir);
        byte[] sealed = key.seal("bí mật".getBytes(StandardCharsets.UTF_8), "org:7");

        assertThat(new String(new SigningKey(configured, dataDir).open(sealed, "org:7"), StandardCharsets.UTF_8))
                .isEqualTo("bí mật");
        assertThat(dataDir.resolve("secrets")).doesNotExist();
        assertThat(sealed).hasSize(12 + "bí mật".getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void aSealDoesNotOpenWithAnotherKeyNorForAnotherOrganization() {
        SigningKey key = new SigningKey(randomKey(), dataDir);
        byte[] sealed = key.seal("bí mật".getBytes(StandardCharsets.UTF_8), "org:7");

        assertThatThrownBy(() -> new SigningKey(randomKey(), dataDir).open(sealed, "org:7"))
                .isInstanceOf(SigningKey.WrongKeyException.class);
        assertThatThrownBy(() -> key.open(sealed, "org:8")).isInstanceOf(SigningKey.WrongKeyException.class);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> key.open(sealed, "org:7")).isInstanceOf(SigningKey.WrongKeyException.class);
    }

    @Test
    void twoSealsOfTheSameValueDiffer() {
        SigningKey key = new SigningKey(randomKey(), dataDir);
        byte[] plain = "bí mật".getBytes(StandardCharsets.UTF_8);

        assertThat(key.seal(plain, "org:7")).isNotEqualTo(key.seal(plain, "org:7"));
    }

    @Test
    void aConfiguredKeyThatIsNot32BytesInBase64StopsTheStart() {
        assertThatThrownBy(() -> new SigningKey("c2hvcnQ=", dataDir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRAODOI_SIGNING_KEY").hasMessageContaining("holds 5 bytes")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new SigningKey("không phải base64!", dataDir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not base64");
    }
}
