package org.briefdesk.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TlpTest {

    @Test
    void labels_are_written_exactly_as_tlp_2_writes_them() {
        assertThat(Arrays.stream(Tlp.values()).map(Tlp::label))
                .containsExactly("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");
    }

    @Test
    void the_colours_are_first_s_on_black() {
        assertThat(Tlp.BACKGROUND).isEqualTo("#000000");
        assertThat(Tlp.RED.colour()).isEqualTo("#FF2B2B");
        assertThat(Tlp.AMBER.colour()).isEqualTo("#FFC000");
        assertThat(Tlp.AMBER_STRICT.colour()).isEqualTo("#FFC000");
        assertThat(Tlp.GREEN.colour()).isEqualTo("#33FF00");
        assertThat(Tlp.CLEAR.colour()).isEqualTo("#FFFFFF");
    }

    @Test
    void each_marking_is_more_restrictive_than_the_ones_before_it() {
        assertThat(Tlp.RED.moreRestrictiveThan(Tlp.AMBER_STRICT)).isTrue();
        assertThat(Tlp.AMBER_STRICT.moreRestrictiveThan(Tlp.AMBER)).isTrue();
        assertThat(Tlp.AMBER.moreRestrictiveThan(Tlp.GREEN)).isTrue();
        assertThat(Tlp.GREEN.moreRestrictiveThan(Tlp.CLEAR)).isTrue();
        assertThat(Tlp.CLEAR.moreRestrictiveThan(Tlp.CLEAR)).isFalse();
        assertThat(Tlp.GREEN.moreRestrictiveThan(Tlp.RED)).isFalse();
    }

    @Test
    void markings_are_read_as_people_and_files_write_them() {
        assertThat(Tlp.parse("TLP:AMBER+STRICT")).contains(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse("amber+strict")).contains(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse("AMBER_STRICT")).contains(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse(" tlp:green ")).contains(Tlp.GREEN);
        assertThat(Tlp.parse("Clear")).contains(Tlp.CLEAR);
        assertThat(Tlp.parse("TLP:WHITE")).as("TLP 1.0's WHITE is 2.0's CLEAR").contains(Tlp.CLEAR);
        assertThat(Tlp.parse("red")).contains(Tlp.RED);
        assertThat(Tlp.parse("orange")).isEmpty();
        assertThat(Tlp.parse("")).isEmpty();
        assertThat(Tlp.parse("TLP:")).isEmpty();
    }
}
