package io.nexuszero.crypto.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterSecretLoaderTest {

    @TempDir
    Path dir;

    private static final String SECRET = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[40]);

    @Test
    void developmentSecretIsCreatedOwnerOnlyAndReused() throws Exception {
        MasterSecret first = MasterSecretLoader.load("", "", false, dir.resolve("data"));
        Path file = dir.resolve("data").resolve(MasterSecretLoader.DEV_FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var listing = Files.list(dir.resolve("data"))) {
            assertThat(listing).containsExactly(file); // no temporary file left behind
        }
        MasterSecret second = MasterSecretLoader.load("", "", false, dir.resolve("data"));
        KeyId id = new KeyDerivation(first).newKeyId("alice", KeyAlgorithm.NZ_128);
        assertThat(new KeyDerivation(second).issued(id)).isTrue();
    }

    @Test
    void productionWithoutSecretRefusesNamingTheSetting() {
        assertThatThrownBy(() -> MasterSecretLoader.load("", "", true, dir))
                .hasMessageContaining("NEXUSZERO_MASTER_SECRET").hasMessageContaining("production");
        assertThat(dir.resolve(MasterSecretLoader.DEV_FILE_NAME)).doesNotExist();
    }

    @Test
    void productionAcceptsValueOrFile() throws Exception {
        assertThat(MasterSecretLoader.load(SECRET, "", true, dir).source()).isEqualTo("NEXUSZERO_MASTER_SECRET");
        Path file = Files.writeString(dir.resolve("secret"), SECRET + "==\n".substring(2));
        assertThat(MasterSecretLoader.load("", file.toString(), true, dir).source()).isEqualTo(file.toString());
    }

    @Test
    void badSecretsAreRefusedWithoutEchoingThem() {
        String shortSecret = Base64.getUrlEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> MasterSecretLoader.load(shortSecret, "", true, dir))
                .hasMessageContaining("at least 32 bytes").hasMessageNotContaining(shortSecret);
        assertThatThrownBy(() -> MasterSecretLoader.load("not base64!*", "", true, dir))
                .hasMessageContaining("not base64url").hasMessageNotContaining("not base64!*");
        assertThatThrownBy(() -> MasterSecretLoader.load(SECRET, "/some/file", true, dir))
                .hasMessageContaining("set only one");
        assertThatThrownBy(() -> MasterSecretLoader.load("", dir.resolve("missing").toString(), true, dir))
                .hasMessageContaining("NEXUSZERO_MASTER_SECRET_FILE");
    }
}
