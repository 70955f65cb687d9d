package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {

    @Test
    void ci_is_any_value_of_the_variable_but_empty_false_and_zero() {
        assertThat(RequiredTool.isCi("true")).isTrue();
        assertThat(RequiredTool.isCi("1")).isTrue();
        assertThat(RequiredTool.isCi("yes")).isTrue();
        assertThat(RequiredTool.isCi(" TRUE ")).isTrue();
        assertThat(RequiredTool.isCi(null)).isFalse();
        assertThat(RequiredTool.isCi("")).isFalse();
        assertThat(RequiredTool.isCi("false")).isFalse();
        assertThat(RequiredTool.isCi("0")).isFalse();
    }

    @Test
    void a_missing_tool_fails_on_ci_and_skips_elsewhere_with_what_to_install() {
        assertThatThrownBy(() -> RequiredTool.decide(false, true, "pandoc is missing: apt-get install pandoc"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install pandoc");
        assertThatThrownBy(() -> RequiredTool.decide(false, false, "pandoc is missing: apt-get install pandoc"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install pandoc");
        assertThatCode(() -> RequiredTool.decide(true, true, "not shown")).doesNotThrowAnyException();
    }

    @Test
    void a_command_that_does_not_exist_is_missing() {
        assertThatThrownBy(() -> RequiredTool.command("briefdesk-no-such-tool", "no-such-package"))
                .satisfiesAnyOf(
                        thrown -> assertThat(thrown).isInstanceOf(IllegalStateException.class),
                        thrown -> assertThat(thrown).isInstanceOf(TestAbortedException.class))
                .hasMessageContaining("apt-get install no-such-package");
    }
}
