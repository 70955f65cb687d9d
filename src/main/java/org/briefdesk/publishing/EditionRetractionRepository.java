package org.briefdesk.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditionRetractionRepository extends JpaRepository<EditionRetraction, Long> {

    Optional<EditionRetraction> findBySlug(String slug);

    List<EditionRetraction> findBySlugIn(Collection<String> slugs);

    Optional<EditionRetraction> findByBriefingId(long briefingId);
}
