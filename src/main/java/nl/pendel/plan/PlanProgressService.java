package nl.pendel.plan;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.course.CourseService;
import nl.pendel.plan.internal.PlanAccess;
import nl.pendel.plan.internal.PlanStore;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan moving on: its status step by step, with the trainer's sign-off ("klaar voor
 * bijeenkomst 3") once every required section is filled in, and the competences it exercises.
 * Members of the subgroup and the course's trainers make these changes, each on the version of the
 * plan they read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanProgressService {

    private final PlanStore store;
    private final PlanAccess access;
    private final CourseService courses;
    private final ProgrammeService programmes;
    private final Clock clock;

    PlanProgressService(
            PlanStore store, PlanAccess access, CourseService courses, ProgrammeService programmes, Clock clock) {
        this.store = store;
        this.access = access;
        this.courses = courses;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** Tags the competences the plan exercises (codes of the course's framework); answers the new version. */
    @Transactional
    public long setCompetences(long planId, Set<String> codes, long expectedVersion) {
        PlanAccess.Context context = access.edit(planId);
        if (!context.course().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        Set<String> known = programmes
                .frameworkOf(courses.summary(context.plan().courseId()).programmeVersionId())
                .map(f -> f.competences().stream()
                        .map(ProgrammeOutline.Competence::code)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        if (!known.containsAll(codes)) {
            throw new UserFacingException("plan.error.competence");
        }
        return checked(store.setCompetences(planId, codes, expectedVersion), expectedVersion);
    }

    /**
     * Moves the plan on (one step) or back; answers the new version. "Klaar voor bijeenkomst 3" is
     * the trainer's sign-off and needs every required section filled in; "geëvalueerd" needs the
     * evaluation. After the course closed, a subgroup can still record that the activity was
     * evaluated.
     */
    @Transactional
    public long changeStatus(long planId, PlanStatus target, long expectedVersion) {
        PlanAccess.Context context = access.edit(planId);
        PlanStatus current = context.plan().status();
        if (target == current) {
            return context.plan().version();
        }
        requireAllowed(context, target);
        if (target == PlanStatus.READY && target.ordinal() > current.ordinal()) {
            requireSignOff(context);
            boolean signed = store.signOff(planId, target, context.user().personId(), clock.instant(), expectedVersion);
            return checked(signed, expectedVersion);
        }
        if (target == PlanStatus.EVALUATED && store.sectionEmpty(planId, PlanAccess.EVALUATION_SECTION)) {
            throw new UserFacingException("plan.error.evaluation-empty");
        }
        if (target.ordinal() < PlanStatus.READY.ordinal()) {
            return checked(store.moveBack(planId, target, expectedVersion), expectedVersion);
        }
        return checked(store.setStatus(planId, target, expectedVersion), expectedVersion);
    }

    /** One step on, or back; after the course closed only to "running" or "evaluated". */
    private static void requireAllowed(PlanAccess.Context context, PlanStatus target) {
        if (!context.course().status().editable()
                && !(target == PlanStatus.EVALUATED || target == PlanStatus.RUNNING)) {
            throw new UserFacingException("course.error.closed");
        }
        if (target.ordinal() > context.plan().status().ordinal() + 1) {
            throw new UserFacingException("plan.error.one-step");
        }
    }

    /** The sign-off is the trainer's, and only once every required section is filled in. */
    private void requireSignOff(PlanAccess.Context context) {
        if (!context.trainer()) {
            throw new UserFacingException("plan.error.sign-off-trainer");
        }
        List<String> empty = emptyRequired(context.plan());
        if (!empty.isEmpty()) {
            throw new UserFacingException("plan.error.sections-empty", String.join(", ", empty));
        }
    }

    /** The titles of the required sections still empty, in the template's order. */
    private List<String> emptyRequired(PlanStore.PlanRow row) {
        Set<String> empty = store.emptySections(row.id());
        return programmes.planTemplateVersion(row.templateVersionId()).sections().stream()
                .filter(s -> s.required() && empty.contains(s.key()))
                .map(ProgrammeOutline.Section::title)
                .toList();
    }

    private static long checked(boolean changed, long expectedVersion) {
        if (!changed) {
            throw new EditConflictException();
        }
        return expectedVersion + 1;
    }
}
