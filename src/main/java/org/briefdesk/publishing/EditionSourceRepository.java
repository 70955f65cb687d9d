package org.briefdesk.publishing;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditionSourceRepository extends JpaRepository<EditionSource, Long> {}
