package org.briefdesk.publishing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditionRetractionRepository extends JpaRepository<EditionRetraction, Long> {

    Optional<EditionRetraction> findBySlug(String slug);

    Optional<EditionRetraction> findByBriefingId(long briefingId);
}
