package nl.pendel.rights;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.MemberScores;
import nl.pendel.assessment.MemberScoresService;
import nl.pendel.rights.internal.PrivacyLog;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of personal data: who opened whose individual scores (kept by the self-assessment
 * module) and who exported or erased whose data. Administrators read all of it, filtered by
 * person; everyone reads who downloaded their own data.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyAuditService {

    private final PrivacyLog log;
    private final MemberScoresService scores;
    private final PersonService people;
    private final CurrentUser currentUser;

    PrivacyAuditService(PrivacyLog log, MemberScoresService scores, PersonService people, CurrentUser currentUser) {
        this.log = log;
        this.scores = scores;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** Exports and erasures, newest first; all, or where this person is the subject or the actor. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<PrivacyAction> actions(@Nullable Long personId, int offset, int limit) {
        return named(log.page(personId, null, offset, limit));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long countActions(@Nullable Long personId) {
        return log.count(personId);
    }

    /** Openings of individual scores, newest first; all, or where this person is the member or viewer. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<MemberScores.LoggedView> scoreViews(@Nullable Long personId, int offset, int limit) {
        return scores.scoreViewLog(personId, offset, limit);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long countScoreViews(@Nullable Long personId) {
        return scores.countScoreViewLog(personId);
    }

    /** Who downloaded (or erased) the signed-in person's data, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<PrivacyAction> aboutMe() {
        return named(log.about(currentUser.require().personId()));
    }

    private List<PrivacyAction> named(List<PrivacyLog.Entry> entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> {
            ids.add(e.subjectId());
            ids.add(e.actorId());
        });
        Map<Long, String> names =
                people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        return entries.stream()
                .map(e -> new PrivacyAction(
                        e.at(),
                        e.kind(),
                        e.subjectId(),
                        names.getOrDefault(e.subjectId(), "?"),
                        e.actorId(),
                        names.getOrDefault(e.actorId(), "?"),
                        e.sizeBytes(),
                        e.files(),
                        e.rowsChanged()))
                .toList();
    }
}
