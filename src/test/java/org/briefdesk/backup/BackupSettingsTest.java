package org.briefdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackupSettingsTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void only_the_token_itself_as_a_bearer_token_is_admitted() {
        BackupSettings settings = new BackupSettings(TOKEN);

        assertThat(settings.admits("Bearer " + TOKEN)).isTrue();
        assertThat(settings.admits("bearer " + TOKEN)).isTrue();
        assertThat(settings.admits(null)).isFalse();
        assertThat(settings.admits("")).isFalse();
        assertThat(settings.admits("Bearer ")).isFalse();
        assertThat(settings.admits(TOKEN)).isFalse();
        assertThat(settings.admits("Basic " + TOKEN)).isFalse();
        assertThat(settings.admits("Bearer " + TOKEN.substring(1))).isFalse();
        assertThat(settings.admits("Bearer " + TOKEN + "0")).isFalse();
    }

    @Test
    void a_short_token_stops_the_start_with_advice_and_the_token_never_shows() {
        assertThatThrownBy(() -> new BackupSettings("short-token").checkStrength())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32")
                .hasMessageContaining("openssl rand -hex 32");
        new BackupSettings(TOKEN).checkStrength();
        assertThat(new BackupSettings(TOKEN).toString()).doesNotContain(TOKEN);
    }
}
