package nl.pendel.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.homework.NeedsBoardService;
import nl.pendel.plan.internal.PlanAccess;
import nl.pendel.plan.internal.PlanAssembly;
import nl.pendel.plan.internal.PlanOverview;
import nl.pendel.plan.internal.PlanStore;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.Texts;
import nl.pendel.shared.Translations;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans as a whole: the overviews (a participant sees their subgroup's plans, trainers their
 * courses', a team lead their team's), starting a plan from the programme's template, reading it
 * (with everything its page shows) and its PDF. Its status and competences change through
 * {@link PlanProgressService}, its sections through {@link PlanSectionService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    /** The longest plan title: the first line of the first section (empty until it is written). */
    public static final int TITLE_MAX = 200;

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanAssembly assembly;
    private final PlanOverview overview;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final ProgrammeService programmes;
    private final NeedsBoardService homework;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanService(
            PlanStore store,
            PlanAccess access,
            PlanAssembly assembly,
            PlanOverview overview,
            CourseService courses,
            SubgroupService subgroups,
            ProgrammeService programmes,
            NeedsBoardService homework,
            Translations translations,
            CurrentUser currentUser,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.assembly = assembly;
        this.overview = overview;
        this.courses = courses;
        this.subgroups = subgroups;
        this.programmes = programmes;
        this.homework = homework;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every plan the signed-in person may see, newest change first: a participant their own
     * subgroups', trainers their courses', a team lead their team's. A fixed number of statements.
     */
    public List<PlanSummary> visiblePlans() {
        PendelUser user = currentUser.require();
        Map<Long, CourseSummary> visible = courses.visibleCourses(Pageable.ofSize(1000)).stream()
                .collect(Collectors.toMap(CourseSummary::id, Function.identity()));
        return overview.summaries(visible, courses.accessOf(visible.keySet()).values(), user);
    }

    /** The plans of one course the signed-in person may see. */
    public List<PlanSummary> plansOfCourse(long courseId) {
        CourseAccess access = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        return overview.summaries(Map.of(courseId, courses.summary(courseId)), List.of(access), user);
    }

    /** What a course's plans tab shows: its title, whether the reader may start a plan, and its plans. */
    public CoursePlans coursePlans(long courseId) {
        CourseAccess facts = courses.requireView(courseId);
        CourseSummary course = courses.summary(courseId);
        PendelUser user = currentUser.require();
        return new CoursePlans(
                facts,
                course.title(),
                canStart(facts, user),
                overview.summaries(Map.of(courseId, course), List.of(facts), user));
    }

    /** Whether the person may start a plan in this course (a placed participant or a trainer). */
    private boolean canStart(CourseAccess course, PendelUser user) {
        if (!course.status().editable()) {
            return false;
        }
        return course.canManage(user)
                || subgroups.subgroupOf(course.courseId(), user.personId()).isPresent();
    }

    /**
     * Starts a plan from the programme's template for a subgroup: a participant for their own
     * subgroup (the given one is ignored), a trainer for the one they choose.
     */
    @Transactional
    public long start(long courseId, @Nullable Long subgroupId) {
        CourseAccess course = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        if (!course.status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
        long subgroup = course.canManage(user) ? chosenSubgroup(courseId, subgroupId) : ownSubgroup(course, user);
        long programmeVersionId = courses.summary(courseId).programmeVersionId();
        ProgrammeOutline.PlanTemplate template = programmes
                .planTemplateOf(programmeVersionId)
                .orElseThrow(() -> new UserFacingException("plan.error.no-template"));
        List<String> keys =
                template.sections().stream().map(ProgrammeOutline.Section::key).toList();
        return store.insertPlan(courseId, subgroup, template.id(), user.personId(), clock.instant(), keys);
    }

    private long chosenSubgroup(long courseId, @Nullable Long subgroupId) {
        if (subgroupId == null || subgroups.ofCourse(courseId).stream().noneMatch(s -> s.id() == subgroupId)) {
            throw new UserFacingException("plan.error.choose-subgroup");
        }
        return subgroupId;
    }

    private long ownSubgroup(CourseAccess course, PendelUser user) {
        return subgroups
                .subgroupOf(course.courseId(), user.personId())
                .filter(s -> course.participantIds().contains(user.personId()))
                .orElseThrow(() -> new AccessDeniedException("Only members of a subgroup start its plans"));
    }

    /** One plan with its sections (and the reader's unsaved drafts). */
    public Plan plan(long planId) {
        PlanAccess.Context context = access.read(planId);
        return assembly.plan(context, courses.summary(context.plan().courseId()))
                .plan();
    }

    /**
     * What a plan's page shows, in one read: the plan, the competences it can be tagged with and
     * the number of comments per section.
     */
    public PlanPage page(long planId) {
        PlanAccess.Context context = access.read(planId);
        CourseSummary course = courses.summary(context.plan().courseId());
        PlanAssembly.Assembled plan = assembly.plan(context, course);
        return new PlanPage(plan.plan(), choices(course), plan.comments());
    }

    /**
     * The common needs this plan can answer: the needs board of the meetings that asked for
     * caseload themes, the plan's own subgroup first, then the team's (counts only, no names).
     */
    public List<NeedChoice> commonNeeds(long planId) {
        PlanAccess.Context context = access.read(planId);
        long courseId = context.plan().courseId();
        int number = subgroups.ofCourse(courseId).stream()
                .filter(s -> s.id() == context.plan().subgroupId())
                .mapToInt(CourseSubgroup::number)
                .findFirst()
                .orElse(0);
        List<NeedChoice> choices = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var meeting : courses.meetingsOf(courseId)) {
            if (!meeting.asksCaseloadThemes()) {
                continue;
            }
            var board = homework.needsBoard(courseId, meeting.id());
            board.bySubgroup().getOrDefault(number, List.of()).forEach(line -> {
                if (seen.add(line.label())) {
                    choices.add(new NeedChoice(line.label(), line.participants(), line.cases(), true));
                }
            });
            board.team().forEach(line -> {
                if (seen.add(line.label())) {
                    choices.add(new NeedChoice(line.label(), line.participants(), line.cases(), false));
                }
            });
        }
        return choices;
    }

    /** The competences of the course's framework a plan can be tagged with: code → "code · short title". */
    public Map<String, String> competenceChoices(long planId) {
        PlanAccess.Context context = access.read(planId);
        return choices(courses.summary(context.plan().courseId()));
    }

    private Map<String, String> choices(CourseSummary course) {
        Map<String, String> choices = new LinkedHashMap<>();
        programmes.frameworkOf(course.programmeVersionId()).ifPresent(f -> f.competences()
                .forEach(c -> choices.put(c.code(), c.code() + " · " + c.shortTitle())));
        return choices;
    }

    /** A plan document, e.g. for the team meeting or a partner. */
    public PlanFile pdf(long planId, Locale locale) {
        PlanPage page = page(planId);
        Plan plan = page.plan();
        String title = Texts.blank(plan.title())
                ? translations.getTranslation("plan.untitled", locale, plan.subgroupNumber())
                : plan.title();
        String competences = plan.competences().stream()
                .sorted()
                .map(code -> page.competenceChoices().getOrDefault(code, code))
                .collect(Collectors.joining(", "));
        byte[] content =
                PlanPdf.write(plan, title, competences, translations, locale, clock.getZone(), clock.instant());
        return new PlanFile("plan-" + planId + ".pdf", content);
    }

    /** A file to download. */
    public record PlanFile(String fileName, byte[] content) {}
}
