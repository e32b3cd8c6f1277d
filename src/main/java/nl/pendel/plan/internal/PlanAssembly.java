package nl.pendel.plan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.course.CourseSummary;
import nl.pendel.plan.Plan;
import nl.pendel.plan.PlanSection;
import nl.pendel.programme.ProgrammeOutline;
import nl.pendel.programme.ProgrammeService;
import nl.pendel.subgroup.CourseSubgroup;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.stereotype.Component;

/**
 * One plan as its reader sees it: the template's sections with their saved text and the reader's
 * drafts, who saved and signed off, and the subgroup's members. Each other module is asked once.
 * The caller checked that the reader may see the plan ({@link PlanAccess#read}).
 */
@Component
public class PlanAssembly {

    private final PlanReads reads;
    private final ProgrammeService programmes;
    private final SubgroupService subgroups;
    private final PersonService people;

    PlanAssembly(PlanReads reads, ProgrammeService programmes, SubgroupService subgroups, PersonService people) {
        this.reads = reads;
        this.programmes = programmes;
        this.subgroups = subgroups;
        this.people = people;
    }

    /** A plan with the number of comments on each of its sections (the sections without are missing). */
    public record Assembled(Plan plan, Map<String, Integer> comments) {}

    /** The plan of this context, in a course whose summary the caller read. */
    public Assembled plan(PlanAccess.Context context, CourseSummary course) {
        PlanStore.PlanRow row = context.plan();
        List<PlanReads.ShownSection> shown = reads.sections(row.id());
        Map<String, PlanStore.StoredSection> stored = shown.stream()
                .map(PlanReads.ShownSection::saved)
                .collect(Collectors.toMap(PlanStore.StoredSection::sectionKey, Function.identity()));
        Map<String, Integer> comments = shown.stream()
                .filter(s -> s.comments() > 0)
                .collect(Collectors.toMap(s -> s.saved().sectionKey(), PlanReads.ShownSection::comments));
        Optional<CourseSubgroup> subgroup = subgroups.ofCourse(row.courseId()).stream()
                .filter(s -> s.id() == row.subgroupId())
                .findFirst();
        Set<Long> members = subgroup.map(CourseSubgroup::members).orElse(Set.of());
        Map<Long, String> names = names(stored.values(), row.signedOffBy(), members);
        List<PlanSection> sections = sections(context, stored, names);
        int number = subgroup.map(CourseSubgroup::number).orElse(0);
        return new Assembled(plan(context, course.title(), number, sections, names, members), comments);
    }

    private static Plan plan(
            PlanAccess.Context context,
            String courseTitle,
            int number,
            List<PlanSection> sections,
            Map<Long, String> names,
            Set<Long> members) {
        PlanStore.PlanRow row = context.plan();
        return new Plan(
                row.id(),
                row.courseId(),
                courseTitle,
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
                members.stream()
                        .map(names::get)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList());
    }

    private List<PlanSection> sections(
            PlanAccess.Context context, Map<String, PlanStore.StoredSection> stored, Map<Long, String> names) {
        PlanStore.PlanRow row = context.plan();
        ProgrammeOutline.PlanTemplate template = programmes.planTemplateVersion(row.templateVersionId());
        Map<String, PlanSection.Draft> drafts = new HashMap<>();
        reads.drafts(row.id(), context.user().personId())
                .forEach(d ->
                        drafts.put(d.sectionKey(), new PlanSection.Draft(d.content(), d.baseVersion(), d.updatedAt())));
        return template.sections().stream()
                .map(section -> {
                    PlanStore.StoredSection s = stored.getOrDefault(
                            section.key(), new PlanStore.StoredSection(section.key(), "", 0, null, null));
                    return new PlanSection(
                            section.key(),
                            section.title(),
                            section.guidance(),
                            section.required(),
                            s.content(),
                            s.version(),
                            s.updatedBy() == null ? null : names.get(s.updatedBy()),
                            s.updatedAt(),
                            drafts.get(section.key()),
                            context.canWrite(section.key()));
                })
                .toList();
    }

    /** The names of who saved a section, who signed off and the members, read at once. */
    private Map<Long, String> names(
            java.util.Collection<PlanStore.StoredSection> stored,
            @org.jspecify.annotations.Nullable Long signedOffBy,
            Set<Long> members) {
        Set<Long> ids = new TreeSet<>(members);
        stored.stream()
                .map(PlanStore.StoredSection::updatedBy)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        if (signedOffBy != null) {
            ids.add(signedOffBy);
        }
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
