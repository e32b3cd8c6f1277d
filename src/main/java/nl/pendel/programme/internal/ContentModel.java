package nl.pendel.programme.internal;

import java.time.LocalTime;
import java.util.List;
import nl.pendel.programme.AgendaLead;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import org.jspecify.annotations.Nullable;

/** The parsed, validated content of course-content files. Records, so equal content hashes alike. */
final class ContentModel {

    private ContentModel() {
        // records and functions only, no instances
    }

    record Framework(
            String file,
            String key,
            String title,
            String description,
            List<Level> scale,
            List<Competence> competences) {}

    record Level(int value, String label, String anchor) {}

    record Competence(
            String code, String shortTitle, String title, Orientation orientation, List<Indicator> indicators) {}

    record Indicator(String code, String text) {}

    record PlanTemplate(String file, String key, String title, String description, List<Section> sections) {}

    record Section(String key, String title, String guidance, boolean required) {}

    record CaseloadThemeList(String file, String key, String title, String description, List<Theme> themes) {}

    record Theme(String key, String label, String description) {}

    record Programme(
            String file,
            String key,
            String title,
            String summary,
            List<String> goals,
            String frameworkKey,
            String planTemplateKey,
            int subgroups,
            List<Slot> slots,
            List<Meeting> meetings,
            String caseloadThemesKey) {}

    record Slot(int subgroup, int day, LocalTime start, LocalTime end) {}

    record Meeting(
            String title,
            String theme,
            String preparationTitle,
            String preparationInstructions,
            List<AgendaItem> agenda,
            boolean asksCaseloadThemes) {}

    /**
     * An agenda item; written as plain text it prints as that text alone, so a programme whose
     * agenda is plain text keeps the content hash it had before items could carry details.
     */
    record AgendaItem(
            String title,
            @Nullable Integer minutes,
            @Nullable AgendaLead lead,
            String needs) {

        boolean plain() {
            return minutes == null && lead == null && needs.isEmpty();
        }

        @Override
        public String toString() {
            return plain()
                    ? title
                    : "AgendaItem[title=" + title + ", minutes=" + minutes + ", lead=" + lead + ", needs=" + needs
                            + "]";
        }
    }

    /** The text the version hash is computed from: the content, not the file it came from. */
    static String canonical(Record content) {
        return content.toString().replaceFirst("^\\w+\\[file=[^,]*, ", "[");
    }

    /**
     * As {@link #canonical(Record)}; the caseload-theme fields, added later, are left out while
     * they have their default value, so a programme written before they existed keeps its hash and
     * does not become a new version just because the application was upgraded.
     */
    static String canonical(Programme programme) {
        return canonical((Record) programme)
                .replace(", asksCaseloadThemes=false]", "]")
                .replaceFirst(", caseloadThemesKey=]$", "]");
    }
}
