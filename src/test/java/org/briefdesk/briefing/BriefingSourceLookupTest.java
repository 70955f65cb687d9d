package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.briefdesk.source.SourceService;
import org.junit.jupiter.api.Test;

class BriefingSourceLookupTest {

    @Test
    void the_preview_and_the_checks_of_one_text_query_the_library_once_per_cited_key() {
        SourceService library = mock(SourceService.class);
        when(library.findByKey("missing-2025")).thenReturn(Optional.empty());
        BriefingSourceLookup lookup = new BriefingSourceLookup(library);

        // The preview and the checks each look every cited key up, a key that has no source too.
        assertThat(lookup.find("missing-2025")).isEmpty();
        assertThat(lookup.find("missing-2025")).isEmpty();

        verify(library, times(1)).findByKey("missing-2025");
        // A new request asks the library again: nothing is kept beyond one lookup.
        assertThat(new BriefingSourceLookup(library).find("missing-2025")).isEmpty();
        verify(library, times(2)).findByKey("missing-2025");
    }
}
