package nl.pendel.programme;

import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything in one programme version, as a course starts from it. {@code caseloadThemes} is null
 * when the programme has no caseload theme list.
 */
public record ProgrammeOutline(
        ProgrammeVersionSummary version,
        String summary,
        List<String> goals,
        List<Slot> sessionPattern,
        List<Meeting> meetings,
        Framework framework,
        PlanTemplate planTemplate,
        @Nullable CaseloadThemeList caseloadThemes) {

    /** When a subgroup meets: {@code day} 1 is the meeting's first day. */
    public record Slot(int subgroup, int day, LocalTime start, LocalTime end) {}

    public record Meeting(
            long id,
            int position,
            String title,
            String theme,
            String preparationTitle,
            String preparationInstructions,
            List<String> agenda,
            boolean asksCaseloadThemes) {}

    public record Framework(
            long id, String key, int versionNo, String title, List<Level> scale, List<Competence> competences) {}

    public record Level(int value, String label, String anchor) {}

    public record Competence(
            long id,
            String code,
            String shortTitle,
            String title,
            Orientation orientation,
            List<Indicator> indicators) {}

    public record Indicator(long id, String code, String text) {}

    public record PlanTemplate(long id, String key, int versionNo, String title, List<Section> sections) {}

    public record Section(String key, String title, String guidance, boolean required) {}

    /** One version of a list of caseload themes; {@code id} is the version's id. */
    public record CaseloadThemeList(long id, String key, int versionNo, String title, List<CaseloadTheme> themes) {}

    /** A recurring question in a caseload; {@code description} is empty when there is none. */
    public record CaseloadTheme(String key, String label, String description) {}

    /** The preventive side (competences 1 and 4) or the environment-oriented side (2 and 3). */
    public enum Orientation {
        PREVENTIVE,
        ENVIRONMENT
    }
}
