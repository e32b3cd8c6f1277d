package nl.pendel.programme;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.pendel.programme.internal.ContentReads;
import nl.pendel.programme.internal.CourseContentLoader;
import nl.pendel.programme.internal.ProgrammeReads;
import nl.pendel.programme.internal.QuestionnaireReads;
import nl.pendel.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the loaded programmes. Programme content is the same for every team, so administrators
 * and trainers may read all of it. Every query count here is fixed: it does not grow with the
 * number of meetings or indicators. What never changes (a version's framework and caseload themes)
 * is cached ({@link ContentReads}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.TRAINER + "')")
public class ProgrammeService {

    private final ProgrammeReads reads;
    private final ContentReads content;
    private final CourseContentLoader loader;
    private final QuestionnaireReads questionnaires;

    ProgrammeService(
            ProgrammeReads reads, ContentReads content, CourseContentLoader loader, QuestionnaireReads questionnaires) {
        this.reads = reads;
        this.content = content;
        this.loader = loader;
        this.questionnaires = questionnaires;
    }

    /**
     * The newest version of the questionnaire the programme version names for this purpose (its
     * {@code look-back} or {@code course-evaluation}); empty when it names none. Content without
     * personal data, so every signed-in person may read it (a participant answering it).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Questionnaire> questionnaireOf(long programmeVersionId, Questionnaire.Purpose purpose) {
        return questionnaires.forProgramme(programmeVersionId, purpose);
    }

    /** One stored version of a questionnaire, e.g. the one an answer was given to. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Questionnaire> questionnaireVersion(long versionId) {
        return questionnaires.version(versionId);
    }

    /** All versions of all programmes, newest version of each programme first. */
    public List<ProgrammeVersionSummary> versions(Pageable pageable) {
        return reads.versions(pageable.getOffset(), pageable.getPageSize());
    }

    /** How many programme versions there are. */
    public long countVersions() {
        return reads.countVersions();
    }

    /** The newest version of each programme, e.g. to start a course from. */
    public List<ProgrammeVersionSummary> latestVersions() {
        return reads.latestVersions();
    }

    /** What the last load of course-content found. */
    public ContentLoadReport lastLoadReport() {
        return loader.lastReport();
    }

    /** One line naming the file, the field and what is wrong, in the given language. */
    public String describe(ContentProblem problem, Locale locale) {
        return loader.describe(problem, locale);
    }

    /** Everything in one version: meetings, agenda, session pattern, framework and plan template. */
    public Optional<ProgrammeOutline> outline(long versionId) {
        return reads.version(versionId).map(version -> {
            ProgrammeReads.Header header = reads.header(versionId);
            Long themeListId = header.caseloadThemeListVersionId();
            return new ProgrammeOutline(
                    version,
                    header.summary(),
                    reads.goals(versionId),
                    reads.slots(versionId),
                    reads.meetings(versionId),
                    content.framework(header.frameworkVersionId()),
                    content.planTemplate(header.planTemplateVersionId()),
                    themeListId == null
                            ? null
                            : content.caseloadThemeList(themeListId, content.caseloadThemes(themeListId)));
        });
    }

    /**
     * The agenda items of a version's meetings with their run-sheet details (minutes, lead,
     * needs, where the programme gives them), meeting position → items in order, in one query.
     */
    public Map<Integer, List<AgendaItem>> agendaItems(long versionId) {
        return reads.agendaItems(versionId);
    }

    /**
     * The themes of one caseload theme list version, in order, in one query; empty when there is
     * no such version. Programme content holds no personal data and is the same for every team, so
     * every signed-in person may read it (e.g. a participant doing the homework that asks for it).
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgrammeOutline.CaseloadTheme> caseloadThemes(long themeListVersionId) {
        return content.caseloadThemes(themeListVersionId);
    }

    /**
     * The competence framework of a programme version: its scale and competences with their
     * indicators, in order. Content without personal data, so every signed-in person may read it
     * (a participant rating themselves on it).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgrammeOutline.Framework> frameworkOf(long programmeVersionId) {
        return content.frameworkOf(programmeVersionId);
    }

    /**
     * Every loaded version of every competence framework, oldest first, to look up indicators and
     * competences by id (e.g. in a personal-data export). Content without personal data; a
     * handful of versions, each read as {@link #frameworkOf} reads one.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ProgrammeOutline.Framework> frameworks() {
        return content.frameworks();
    }

    /** The plan template of a programme version (content without personal data). */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgrammeOutline.PlanTemplate> planTemplateOf(long programmeVersionId) {
        return content.planTemplateIdOf(programmeVersionId).map(content::planTemplate);
    }

    /** One version of a plan template, e.g. the one a plan was started from. */
    @PreAuthorize("isAuthenticated()")
    public ProgrammeOutline.PlanTemplate planTemplateVersion(long templateVersionId) {
        return content.planTemplate(templateVersionId);
    }
}
