package nl.pendel.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseAccess;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.plan.internal.PlanAccess;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.security.Role;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import nl.pendel.subgroup.SubgroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans as a whole: the overviews (a participant sees their subgroup's plans, trainers their
 * courses', a team lead their team's), starting a plan from the programme's template, reading it,
 * the competences it exercises and its status with the trainer's sign-off. Sections are written
 * through {@link PlanSectionService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    /** The longest plan title: the first line of the first section (empty until it is written). */
    public static final int TITLE_MAX = 200;

    private final JdbcClient jdbc;
    private final PlanAccess access;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final ProgrammeService programmes;
    private final nl.pendel.homework.NeedsBoardService homework;
    private final PersonService people;
    private final nl.pendel.shared.Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanService(
            JdbcClient jdbc,
            PlanAccess access,
            CourseService courses,
            SubgroupService subgroups,
            ProgrammeService programmes,
            nl.pendel.homework.NeedsBoardService homework,
            PersonService people,
            nl.pendel.shared.Translations translations,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.courses = courses;
        this.subgroups = subgroups;
        this.programmes = programmes;
        this.homework = homework;
        this.people = people;
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
        return summaries(visible, user, null);
    }

    /** The plans of one course the signed-in person may see. */
    public List<PlanSummary> plansOfCourse(long courseId) {
        courses.requireView(courseId);
        PendelUser user = currentUser.require();
        CourseSummary course = courses.summary(courseId);
        return summaries(Map.of(courseId, course), user, courseId);
    }

    /** Whether the signed-in person may start a plan in this course (a placed participant or a trainer). */
    public boolean canStart(long courseId) {
        CourseAccess course = courses.requireView(courseId);
        PendelUser user = currentUser.require();
        if (!course.status().editable()) {
            return false;
        }
        return course.canManage(user)
                || subgroups.subgroupOf(courseId, user.personId()).isPresent();
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
        long subgroup;
        if (course.canManage(user)) {
            if (subgroupId == null || !subgroups.subgroupNumbers(courseId).containsKey(subgroupId)) {
                throw new UserFacingException("plan.error.choose-subgroup");
            }
            subgroup = subgroupId;
        } else {
            subgroup = subgroups
                    .subgroupOf(courseId, user.personId())
                    .filter(s -> course.participantIds().contains(user.personId()))
                    .orElseThrow(() -> new AccessDeniedException("Only members of a subgroup start its plans"));
        }
        long programmeVersionId = courses.summary(courseId).programmeVersionId();
        ProgrammeOutline.PlanTemplate template = programmes
                .planTemplateOf(programmeVersionId)
                .orElseThrow(() -> new UserFacingException("plan.error.no-template"));
        jdbc.sql("""
                        insert into activity_plan (course_id, subgroup_id, template_version_id, title, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(courseId, subgroup, template.id(), "", user.personId(), Timestamp.from(clock.instant()))
                .update();
        long planId = jdbc.sql("select last_insert_id()").query(Long.class).single();
        for (ProgrammeOutline.Section section : template.sections()) {
            jdbc.sql("insert into plan_section (plan_id, section_key, content) values (?, ?, '')")
                    .params(planId, section.key())
                    .update();
        }
        return planId;
    }

    /** One plan with its sections (and the reader's unsaved drafts). */
    public Plan plan(long planId) {
        PlanAccess.Context context = access.read(planId);
        PlanAccess.PlanRow row = context.plan();
        ProgrammeOutline.PlanTemplate template = programmes.planTemplateVersion(row.templateVersionId());
        record Stored(
                String content,
                long version,
                @Nullable Long by,
                @Nullable Instant at) {}
        Map<String, Stored> stored = new HashMap<>();
        jdbc.sql("select section_key, content, version, updated_by, updated_at from plan_section where plan_id = ?")
                .param(planId)
                .query(rs -> {
                    long by = rs.getLong(4);
                    Long updatedBy = rs.wasNull() ? null : by;
                    Timestamp at = rs.getTimestamp(5);
                    stored.put(
                            rs.getString(1),
                            new Stored(rs.getString(2), rs.getLong(3), updatedBy, at == null ? null : at.toInstant()));
                });
        Map<String, PlanSection.Draft> drafts = new HashMap<>();
        jdbc.sql("""
                        select section_key, content, base_version, updated_at from plan_section_draft
                        where plan_id = ? and person_id = ?""").params(planId, context.user().personId()).query(rs -> {
            drafts.put(
                    rs.getString(1),
                    new PlanSection.Draft(
                            rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant()));
        });
        Set<Long> personIds = new TreeSet<>();
        stored.values().stream()
                .map(Stored::by)
                .filter(java.util.Objects::nonNull)
                .forEach(personIds::add);
        if (row.signedOffBy() != null) {
            personIds.add(row.signedOffBy());
        }
        Set<Long> memberIds =
                subgroups.membersBySubgroup(List.of(row.subgroupId())).getOrDefault(row.subgroupId(), Set.of());
        personIds.addAll(memberIds);
        Map<Long, String> names = people.profiles(personIds).stream()
                .collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
        List<PlanSection> sections = new ArrayList<>();
        for (ProgrammeOutline.Section section : template.sections()) {
            Stored s = stored.getOrDefault(section.key(), new Stored("", 0, null, null));
            sections.add(new PlanSection(
                    section.key(),
                    section.title(),
                    section.guidance(),
                    section.required(),
                    s.content(),
                    s.version(),
                    s.by() == null ? null : names.get(s.by()),
                    s.at(),
                    drafts.get(section.key()),
                    context.canWrite(section.key())));
        }
        int number = subgroups.subgroupNumbers(row.courseId()).getOrDefault(row.subgroupId(), 0);
        return new Plan(
                row.id(),
                row.courseId(),
                courses.summary(row.courseId()).title(),
                row.subgroupId(),
                number,
                row.title(),
                row.status(),
                row.competences(),
                sections,
                row.signedOffBy() == null ? null : names.get(row.signedOffBy()),
                row.signedOffAt(),
                row.version(),
                context.canEdit(),
                context.trainer() && context.course().status().editable(),
                memberIds.stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList());
    }

    /** Tags the competences the plan exercises (codes of the course's framework). */
    @Transactional
    public long setCompetences(long planId, Set<String> codes, long expectedVersion) {
        PlanAccess.Context context = access.edit(planId);
        requireCourseOpen(context);
        Set<String> known = programmes
                .frameworkOf(courses.summary(context.plan().courseId()).programmeVersionId())
                .map(f -> f.competences().stream()
                        .map(ProgrammeOutline.Competence::code)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        if (!known.containsAll(codes)) {
            throw new UserFacingException("plan.error.competence");
        }
        return updatePlan(planId, expectedVersion, "competences = ?", String.join(",", new TreeSet<>(codes)));
    }

    /**
     * Moves the plan on (one step) or back. "Klaar voor bijeenkomst 3" is the trainer's sign-off
     * and needs every required section filled in; "geëvalueerd" needs the evaluation. After the
     * course closed, a subgroup can still record that the activity was evaluated.
     */
    @Transactional
    public long changeStatus(long planId, PlanStatus target, long expectedVersion) {
        PlanAccess.Context context = access.edit(planId);
        PlanAccess.PlanRow row = context.plan();
        PlanStatus current = row.status();
        if (target == current) {
            return row.version();
        }
        if (!context.course().status().editable()
                && !(target == PlanStatus.EVALUATED || target == PlanStatus.RUNNING)) {
            throw new UserFacingException("course.error.closed");
        }
        if (target.ordinal() > current.ordinal() + 1) {
            throw new UserFacingException("plan.error.one-step");
        }
        if (target == PlanStatus.READY && target.ordinal() > current.ordinal()) {
            if (!context.trainer()) {
                throw new UserFacingException("plan.error.sign-off-trainer");
            }
            List<String> empty = emptyRequired(row);
            if (!empty.isEmpty()) {
                throw new UserFacingException("plan.error.sections-empty", String.join(", ", empty));
            }
            int updated = jdbc.sql("""
                            update activity_plan set status = ?, signed_off_by = ?, signed_off_at = ?, version = version + 1
                            where id = ? and version = ?""")
                    .params(
                            target.name(),
                            context.user().personId(),
                            Timestamp.from(clock.instant()),
                            planId,
                            expectedVersion)
                    .update();
            return checked(updated, expectedVersion);
        }
        if (target == PlanStatus.EVALUATED && sectionEmpty(planId, PlanAccess.EVALUATION_SECTION)) {
            throw new UserFacingException("plan.error.evaluation-empty");
        }
        if (target.ordinal() < PlanStatus.READY.ordinal()) {
            int updated =
                    jdbc.sql("""
                            update activity_plan set status = ?, signed_off_by = null, signed_off_at = null, version = version + 1
                            where id = ? and version = ?""").params(target.name(), planId, expectedVersion).update();
            return checked(updated, expectedVersion);
        }
        return updatePlan(planId, expectedVersion, "status = ?", target.name());
    }

    /**
     * The common needs this plan can answer: the needs board of the meetings that asked for
     * caseload themes, the plan's own subgroup first, then the team's (counts only, no names).
     */
    public List<NeedChoice> commonNeeds(long planId) {
        PlanAccess.Context context = access.read(planId);
        long courseId = context.plan().courseId();
        int number =
                subgroups.subgroupNumbers(courseId).getOrDefault(context.plan().subgroupId(), 0);
        List<NeedChoice> choices = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
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
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        programmes
                .frameworkOf(courses.summary(context.plan().courseId()).programmeVersionId())
                .ifPresent(f -> f.competences().forEach(c -> choices.put(c.code(), c.code() + " · " + c.shortTitle())));
        return choices;
    }

    /** A plan document, e.g. for the team meeting or a partner. */
    public PlanFile pdf(long planId, java.util.Locale locale) {
        Plan plan = plan(planId);
        Map<String, String> choices = competenceChoices(planId);
        String title = Texts.blank(plan.title())
                ? translations.getTranslation("plan.untitled", locale, plan.subgroupNumber())
                : plan.title();
        String competences = plan.competences().stream()
                .sorted()
                .map(code -> choices.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
        byte[] content =
                PlanPdf.write(plan, title, competences, translations, locale, clock.getZone(), clock.instant());
        return new PlanFile("plan-" + planId + ".pdf", content);
    }

    /** A file to download. */
    public record PlanFile(String fileName, byte[] content) {}

    // ---- helpers

    private List<PlanSummary> summaries(Map<Long, CourseSummary> visible, PendelUser user, @Nullable Long onlyCourse) {
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> placements = subgroups.myPlacements();
        Set<Long> whole = new TreeSet<>();
        boolean admin = user.hasRole(Role.ADMIN);
        for (CourseSummary c : visible.values()) {
            boolean trainer =
                    c.trainerId() == user.personId() || (c.coTrainerId() != null && c.coTrainerId() == user.personId());
            boolean lead =
                    user.hasRole(Role.TEAM_LEAD) && Long.valueOf(c.teamId()).equals(user.teamId());
            if (admin || (trainer && user.hasRole(Role.TRAINER)) || lead) {
                whole.add(c.id());
            }
        }
        record Row(long id, long courseId, long subgroupId, int number, String title, PlanStatus status) {}
        List<Row> rows = jdbc
                .sql("""
                        select p.id, p.course_id, p.subgroup_id, g.number, p.title, p.status
                        from activity_plan p join subgroup g on g.id = p.subgroup_id
                        where p.course_id in (:courses)""")
                .param("courses", onlyCourse == null ? visible.keySet() : List.of(onlyCourse))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getString(5),
                        PlanStatus.valueOf(rs.getString(6))))
                .list()
                .stream()
                .filter(r -> whole.contains(r.courseId())
                        || Long.valueOf(r.subgroupId()).equals(placements.get(r.courseId())))
                .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Integer> empty = new HashMap<>();
        Map<Long, Instant> updated = new HashMap<>();
        jdbc.sql("""
                        select s.plan_id,
                               sum(case when t.required and s.content = '' then 1 else 0 end),
                               max(s.updated_at)
                        from plan_section s
                        join activity_plan p on p.id = s.plan_id
                        join plan_template_section t
                          on t.template_version_id = p.template_version_id and t.section_key = s.section_key
                        where s.plan_id in (:ids)
                        group by s.plan_id""").param("ids", ids).query(rs -> {
            empty.put(rs.getLong(1), rs.getInt(2));
            Timestamp at = rs.getTimestamp(3);
            if (at != null) {
                updated.put(rs.getLong(1), at.toInstant());
            }
        });
        return rows.stream()
                .map(r -> new PlanSummary(
                        r.id(),
                        r.courseId(),
                        visible.get(r.courseId()).title(),
                        r.number(),
                        r.title(),
                        r.status(),
                        empty.getOrDefault(r.id(), 0),
                        updated.get(r.id())))
                .sorted(java.util.Comparator.comparing(
                                (PlanSummary p) -> p.updatedAt() == null ? Instant.EPOCH : p.updatedAt())
                        .reversed()
                        .thenComparing(PlanSummary::id))
                .toList();
    }

    private List<String> emptyRequired(PlanAccess.PlanRow row) {
        return jdbc.sql("""
                        select t.title from plan_template_section t
                        join plan_section s on s.section_key = t.section_key and s.plan_id = ?
                        where t.template_version_id = ? and t.required and s.content = ''
                        order by t.position""")
                .params(row.id(), row.templateVersionId())
                .query(String.class)
                .list();
    }

    private boolean sectionEmpty(long planId, String key) {
        return jdbc.sql("select content from plan_section where plan_id = ? and section_key = ?")
                .params(planId, key)
                .query(String.class)
                .optional()
                .map(String::isBlank)
                .orElse(true);
    }

    private long updatePlan(long planId, long expectedVersion, String assignment, Object value) {
        int updated = jdbc.sql("update activity_plan set " + assignment
                        + ", version = version + 1 where id = ? and version = ?")
                .params(value, planId, expectedVersion)
                .update();
        return checked(updated, expectedVersion);
    }

    private static long checked(int updated, long expectedVersion) {
        if (updated == 0) {
            throw new EditConflictException();
        }
        return expectedVersion + 1;
    }

    private static void requireCourseOpen(PlanAccess.Context context) {
        if (!context.course().status().editable()) {
            throw new UserFacingException("course.error.closed");
        }
    }
}
