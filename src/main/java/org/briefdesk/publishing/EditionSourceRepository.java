package org.briefdesk.publishing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditionSourceRepository extends JpaRepository<EditionSource, Long> {

    List<EditionSource> findByEditionIdOrderByNumber(long editionId);
}
