package io.nexuszero.crypto.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {

    @TempDir
    Path dir;

    @Test
    void namesTheCallerOfEachConfiguredToken() {
        ApiTokens tokens = ApiTokens.load(" alice = alpha-token-0123456789 , bob=beta-token-0123456789", "", "bob");
        assertThat(tokens.none()).isFalse();
        assertThat(tokens.authenticate("alpha-token-0123456789")).contains(new Caller("alice", false));
        assertThat(tokens.authenticate("beta-token-0123456789")).contains(new Caller("bob", true));
        assertThat(tokens.authenticate("alpha-token-012345678")).isEmpty();
        assertThat(tokens.authenticate("alice")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.toString()).doesNotContain("alpha").doesNotContain("beta");
        assertThat(tokens.names()).containsExactly("alice", "bob (admin)");
    }

    @Test
    void readsAFileOfNameTokenLines() throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# owners\nalice=alpha-token-0123456789\n\n  bob = beta=token=with=equals\n");
        ApiTokens tokens = ApiTokens.load("", file.toString(), "");
        assertThat(tokens.authenticate("alpha-token-0123456789")).contains(new Caller("alice", false));
        assertThat(tokens.authenticate("beta=token=with=equals")).contains(new Caller("bob", false));
    }

    @Test
    void noTokensMeansNone() {
        assertThat(ApiTokens.load("", "", "").none()).isTrue();
        assertThat(ApiTokens.load(" , ", "", "").none()).isTrue();
    }

    @Test
    void badConfigurationIsRefusedNamingTheSettingNeverTheToken() {
        String secret = "super-secret-token-value";
        assertThatThrownBy(() -> ApiTokens.load(secret, "", ""))
                .hasMessageContaining("NEXUSZERO_API_TOKENS").hasMessageContaining("name=token")
                .hasMessageNotContaining(secret);
        assertThatThrownBy(() -> ApiTokens.load("a=" + secret + ",a=" + secret + "-2", "", ""))
                .hasMessageContaining("appears twice").hasMessageNotContaining(secret);
        assertThatThrownBy(() -> ApiTokens.load("a=" + secret + ",b=" + secret, "", ""))
                .hasMessageContaining("share one token").hasMessageNotContaining(secret);
        assertThatThrownBy(() -> ApiTokens.load("a=short", "", "")).hasMessageContaining("shorter than 16");
        assertThatThrownBy(() -> ApiTokens.load("bad name=" + secret, "", "")).hasMessageContaining("invalid name")
                .hasMessageNotContaining(secret);
        assertThatThrownBy(() -> ApiTokens.load("=" + secret, "", "")).hasMessageContaining("invalid name");
        assertThatThrownBy(() -> ApiTokens.load("a=" + secret, "", "root"))
                .hasMessageContaining("NEXUSZERO_API_ADMINS").hasMessageContaining("root");
        assertThatThrownBy(() -> ApiTokens.load("a=" + secret, "/tokens", ""))
                .hasMessageContaining("NEXUSZERO_API_TOKENS_FILE").hasMessageContaining("only one");
        assertThatThrownBy(() -> ApiTokens.load("", dir.resolve("missing").toString(), ""))
                .hasMessageContaining("NEXUSZERO_API_TOKENS_FILE");
    }
}
