package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DOIs as reference managers and people write them, stored one way (issue #19). */
class DoiTest {

    @ParameterizedTest
    @CsvSource({
        "10.1234/ports.2024, 10.1234/ports.2024",
        "10.1234/PORTS.2024, 10.1234/ports.2024",
        "doi:10.1234/ports.2024, 10.1234/ports.2024",
        "DOI: 10.1234/ports.2024, 10.1234/ports.2024",
        "https://doi.org/10.1234/ports.2024, 10.1234/ports.2024",
        "http://dx.doi.org/10.1000/182, 10.1000/182",
        "'  10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0 ', 10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0"
    })
    void reads_each_way_of_writing_a_doi_as_the_same_doi(String typed, String stored) {
        assertThat(Doi.normalize(typed)).contains(stored);
        assertThat(Doi.problem(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ports.2024", "10.12/short-registrant", "11.1234/x", "10.1234/", "10.1234/with space"})
    void refuses_what_is_not_a_doi_with_an_example(String typed) {
        assertThat(Doi.normalize(typed)).isEmpty();
        assertThat(Doi.problem(typed))
                .hasValueSatisfying(problem -> assertThat(problem).contains("10.1234/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void no_doi_is_no_problem(String typed) {
        assertThat(Doi.normalize(typed)).isEmpty();
        assertThat(Doi.problem(typed)).isEmpty();
    }
}
