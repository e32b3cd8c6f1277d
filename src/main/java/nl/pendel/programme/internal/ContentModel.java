package nl.pendel.programme.internal;

import java.time.LocalTime;
import java.util.List;
import nl.pendel.programme.ProgrammeOutline.Orientation;

/** The parsed, validated content of course-content files. Records, so equal content hashes alike. */
final class ContentModel {

    private ContentModel() {}

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
            List<Meeting> meetings) {}

    record Slot(int subgroup, int day, LocalTime start, LocalTime end) {}

    record Meeting(
            String title, String theme, String preparationTitle, String preparationInstructions, List<String> agenda) {}

    /** The text the version hash is computed from: the content, not the file it came from. */
    static String canonical(Record content) {
        return content.toString().replaceFirst("^\\w+\\[file=[^,]*, ", "[");
    }
}
