package io.nexuszero.crypto.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void acceptsOnlyConfiguredTokens() {
        ApiTokens tokens = new ApiTokens(List.of("alpha-token", "beta-token"));
        assertThat(tokens.open()).isFalse();
        assertThat(tokens.accepts("alpha-token")).isTrue();
        assertThat(tokens.accepts("beta-token")).isTrue();
        assertThat(tokens.accepts("alpha-toke")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
        assertThat(tokens.toString()).doesNotContain("alpha").doesNotContain("beta");
    }

    @Test
    void noTokensMeansOpen() {
        assertThat(new ApiTokens(List.of()).open()).isTrue();
    }
}
