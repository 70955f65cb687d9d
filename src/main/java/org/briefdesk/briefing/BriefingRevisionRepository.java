package org.briefdesk.briefing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BriefingRevisionRepository extends JpaRepository<BriefingRevision, Long> {

    List<BriefingRevision> findByBriefingIdOrderByNumberDesc(long briefingId);

    Optional<BriefingRevision> findByIdAndBriefingId(long id, long briefingId);

    /** The latest revision before {@code id} that was not a conflicted save. */
    Optional<BriefingRevision> findFirstByBriefingIdAndIdLessThanAndConflictedFalseOrderByIdDesc(
            long briefingId, long id);

    /** The revisions saved after the one numbered {@code number}, oldest first. */
    List<BriefingRevision> findByBriefingIdAndNumberGreaterThanOrderByNumberAsc(long briefingId, int number);

    /** The author's latest conflicted revision saved from the base revision. */
    Optional<BriefingRevision> findFirstByBriefingIdAndAuthorAndBaseRevisionIdAndConflictedTrueOrderByIdDesc(
            long briefingId, String author, long baseRevisionId);

    @Query("select coalesce(max(r.number), 0) from BriefingRevision r where r.briefingId = :briefingId")
    int maxNumber(long briefingId);

    /**
     * Removes the author's autosave {@code id}, which their new autosave has just replaced: it was the
     * current revision and the new one was written on it, so the new one holds all of its text. That
     * keeps one autosave per stretch of typing, as PRODUCT section 3 asks. Nothing else qualifies: an
     * autosave someone else's save, merge or restore has moved past may hold the only copy of its
     * author's text, and stays; so does a conflicted one, another author's, an explicit save, and one a
     * workflow step (submitted, approved) points at.
     */
    @Modifying
    @Query("delete from BriefingRevision r where r.id = :id and r.briefingId = :briefingId and r.author = :author"
            + " and r.kind = org.briefdesk.briefing.RevisionKind.AUTOSAVE and r.conflicted = false"
            + " and not exists (select t.id from BriefingTransition t where t.revisionId = r.id)")
    int deleteReplacedAutosave(long briefingId, String author, long id);

    /**
     * Removes the author's conflicted autosave {@code id}, which a newer conflicted autosave from the
     * same editor has just replaced. Nothing else qualifies: a conflicted revision of an explicit
     * save, another author's, or one a workflow step points at stays.
     */
    @Modifying
    @Query("delete from BriefingRevision r where r.id = :id and r.briefingId = :briefingId and r.author = :author"
            + " and r.kind = org.briefdesk.briefing.RevisionKind.AUTOSAVE and r.conflicted = true"
            + " and not exists (select t.id from BriefingTransition t where t.revisionId = r.id)")
    int deleteConflictedAutosave(long briefingId, String author, long id);
}
