package io.nexuszero.monitor.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertWebhookTokenTest {

    @TempDir
    Path dir;

    @Test
    void aConfiguredTokenWinsAndOnlyItsExactBearerHeaderIsAccepted() {
        AlertWebhookToken token = AlertWebhookToken.resolve("s3cret-token-of-enough-length", "", dir.resolve("t"), false);
        assertThat(token.accepts("Bearer s3cret-token-of-enough-length")).isTrue();
        assertThat(token.accepts("Bearer s3cret-token-of-enough-lengt")).isFalse();
        assertThat(token.accepts("s3cret-token-of-enough-length")).isFalse();
        assertThat(token.accepts(null)).isFalse();
        assertThat(Files.exists(dir.resolve("t"))).as("nothing generated when a token is configured").isFalse();
    }

    @Test
    void aMissingFileIsGeneratedOnceAndReadAfterwards() throws Exception {
        Path file = dir.resolve("shared/alert-webhook-token");
        AlertWebhookToken first = AlertWebhookToken.resolve(null, file.toString(), dir.resolve("unused"), false);
        String written = Files.readString(file).strip();
        assertThat(written).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.accepts("Bearer " + written)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("a configured file is shared with Alertmanager (another uid)").isEqualTo("rw-r--r--");
        AlertWebhookToken again = AlertWebhookToken.resolve(null, file.toString(), dir.resolve("unused"), false);
        assertThat(again.accepts("Bearer " + written)).isTrue();
        assertThat(Files.readString(file).strip()).isEqualTo(written);
    }

    @Test
    void withoutAnySettingTheDataDirectoryKeepsAnOwnerOnlyToken() throws Exception {
        Path file = dir.resolve("data/alert-webhook-token");
        AlertWebhookToken token = AlertWebhookToken.resolve("", null, file, false);
        assertThat(token.accepts("Bearer " + Files.readString(file).strip())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(token.source()).contains("generated").doesNotContain(Files.readString(file).strip());
    }

    @Test
    void shortOrBlankTokensAreRefused() throws Exception {
        assertThatThrownBy(() -> AlertWebhookToken.resolve("short", null, dir.resolve("t"), false))
                .hasMessageContaining("at least 16");
        Path file = dir.resolve("empty");
        Files.writeString(file, "\n");
        assertThatThrownBy(() -> AlertWebhookToken.resolve(null, file.toString(), dir.resolve("t"), false))
                .hasMessageContaining(file.toString());
    }
}
