package nl.pendel.programme.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.pendel.programme.ContentProblem;
import nl.pendel.programme.ProgrammeOutline.Orientation;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads and checks one course-content file. See {@code course-content/README.md} for the rules. */
final class ContentParser {

    private static final int MAX_FILE_CHARS = 1_000_000;
    private static final int MAX_THEMES = 100;

    private static final Set<String> PROGRAMME_FIELDS = Set.of(
            "key",
            "title",
            "summary",
            "goals",
            "competence-framework",
            "plan-template",
            "session-pattern",
            "meetings",
            "caseload-themes",
            // read by QuestionnaireParser.links
            "look-back",
            "course-evaluation");

    private ContentParser() {}

    /** The parsed content, or null when the file has problems (added to {@code problems}). */
    static ContentModel.@Nullable Framework framework(String file, String yaml, List<ContentProblem> problems) {
        List<ContentProblem> found = new ArrayList<>();
        ContentNode root = root(file, yaml, found);
        if (root == null) {
            problems.addAll(found);
            return null;
        }
        root.allowOnly(Set.of("key", "title", "description", "scale", "competences"));
        String key = root.key("key");
        String title = root.text("title", 200, true);
        String description = root.text("description", 0, false);
        List<ContentModel.Level> scale = scale(root);
        List<ContentModel.Competence> competences = competences(root);
        return finish(
                found,
                problems,
                new ContentModel.Framework(
                        file, key, title, description, List.copyOf(scale), List.copyOf(competences)));
    }

    /** The rating scale: 2 to 10 levels, values rising. */
    private static List<ContentModel.Level> scale(ContentNode root) {
        List<ContentModel.Level> scale = new ArrayList<>();
        List<ContentNode> levels = root.children("scale", 2);
        if (levels.size() > 10) {
            root.problem(root.field("scale"), "content.error.too-many", 10);
        }
        int previous = Integer.MIN_VALUE;
        for (ContentNode level : levels) {
            level.allowOnly(Set.of("value", "label", "anchor"));
            int value = level.integer("value", 0, 100);
            if (value <= previous) {
                level.problem(level.field("value"), "content.error.scale-order");
            }
            previous = value;
            scale.add(new ContentModel.Level(value, level.text("label", 120, true), level.text("anchor", 500, false)));
        }
        return List.copyOf(scale);
    }

    private static List<ContentModel.Competence> competences(ContentNode root) {
        List<ContentModel.Competence> competences = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ContentNode competence : root.children("competences", 1)) {
            competence.allowOnly(Set.of("code", "short-title", "title", "orientation", "indicators"));
            String code = unique(competence, "code", 20, codes);
            List<ContentModel.Indicator> indicators = new ArrayList<>();
            Set<String> indicatorCodes = new HashSet<>();
            for (ContentNode indicator : competence.children("indicators", 1)) {
                indicator.allowOnly(Set.of("code", "text"));
                indicators.add(new ContentModel.Indicator(
                        unique(indicator, "code", 20, indicatorCodes), indicator.text("text", 500, true)));
            }
            competences.add(new ContentModel.Competence(
                    code,
                    competence.text("short-title", 80, true),
                    competence.text("title", 300, true),
                    orientation(competence),
                    List.copyOf(indicators)));
        }
        return List.copyOf(competences);
    }

    static ContentModel.@Nullable PlanTemplate planTemplate(String file, String yaml, List<ContentProblem> problems) {
        List<ContentProblem> found = new ArrayList<>();
        ContentNode root = root(file, yaml, found);
        if (root == null) {
            problems.addAll(found);
            return null;
        }
        root.allowOnly(Set.of("key", "title", "description", "sections"));
        String key = root.key("key");
        String title = root.text("title", 200, true);
        String description = root.text("description", 0, false);
        List<ContentModel.Section> sections = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ContentNode section : root.children("sections", 1)) {
            section.allowOnly(Set.of("key", "title", "guidance", "required"));
            String sectionKey = section.key("key");
            if (!sectionKey.isEmpty() && !keys.add(sectionKey)) {
                section.problem(section.field("key"), "content.error.duplicate", sectionKey);
            }
            sections.add(new ContentModel.Section(
                    sectionKey,
                    section.text("title", 200, true),
                    section.text("guidance", 0, false),
                    section.bool("required", false)));
        }
        return finish(
                found, problems, new ContentModel.PlanTemplate(file, key, title, description, List.copyOf(sections)));
    }

    static ContentModel.@Nullable Programme programme(String file, String yaml, List<ContentProblem> problems) {
        List<ContentProblem> found = new ArrayList<>();
        ContentNode root = root(file, yaml, found);
        if (root == null) {
            problems.addAll(found);
            return null;
        }
        root.allowOnly(PROGRAMME_FIELDS);
        String key = root.key("key");
        String title = root.text("title", 200, true);
        String summary = root.text("summary", 0, false);
        List<String> goals = root.texts("goals", 500, 0);
        String framework = root.key("competence-framework");
        String template = root.key("plan-template");
        String caseloadThemes = root.optionalKey("caseload-themes");

        ContentNode pattern = root.child("session-pattern");
        pattern.allowOnly(Set.of("subgroups", "slots"));
        int subgroups = pattern.integer("subgroups", 1, 12);
        List<ContentModel.Slot> slots = slots(pattern, subgroups);
        List<ContentModel.Meeting> meetings = meetings(root, caseloadThemes.isEmpty());
        return finish(
                found,
                problems,
                new ContentModel.Programme(
                        file,
                        key,
                        title,
                        summary,
                        goals,
                        framework,
                        template,
                        subgroups,
                        List.copyOf(slots),
                        List.copyOf(meetings),
                        caseloadThemes));
    }

    /** One slot per subgroup: which day of the meeting's week and when. */
    private static List<ContentModel.Slot> slots(ContentNode pattern, int subgroups) {
        List<ContentModel.Slot> slots = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ContentNode slot : pattern.children("slots", 1)) {
            slot.allowOnly(Set.of("subgroup", "day", "start", "end"));
            int subgroup = slot.integer("subgroup", 1, subgroups);
            if (!seen.add(subgroup)) {
                slot.problem(slot.field("subgroup"), "content.error.duplicate", subgroup);
            }
            var start = slot.time("start");
            var end = slot.time("end");
            if (!end.isAfter(start)) {
                slot.problem(slot.field("end"), "content.error.end-before-start");
            }
            slots.add(new ContentModel.Slot(subgroup, slot.integer("day", 1, 14), start, end));
        }
        if (seen.size() != subgroups) {
            pattern.problem(pattern.field("slots"), "content.error.slot-per-subgroup", subgroups);
        }
        return List.copyOf(slots);
    }

    private static List<ContentModel.Meeting> meetings(ContentNode root, boolean noCaseloadThemes) {
        List<ContentModel.Meeting> meetings = new ArrayList<>();
        for (ContentNode meeting : root.children("meetings", 1)) {
            meeting.allowOnly(Set.of("title", "theme", "preparation", "agenda"));
            ContentNode preparation = meeting.child("preparation");
            preparation.allowOnly(Set.of("title", "instructions", "asks-caseload-themes"));
            boolean asksThemes = preparation.bool("asks-caseload-themes", false);
            if (asksThemes && noCaseloadThemes) {
                preparation.problem(preparation.field("asks-caseload-themes"), "content.error.caseload-themes-missing");
            }
            meetings.add(new ContentModel.Meeting(
                    meeting.text("title", 200, true),
                    meeting.text("theme", 0, false),
                    preparation.text("title", 200, true),
                    preparation.text("instructions", 20_000, true),
                    AgendaItems.parse(meeting),
                    asksThemes));
        }
        return List.copyOf(meetings);
    }

    static ContentModel.@Nullable CaseloadThemeList caseloadThemes(
            String file, String yaml, List<ContentProblem> problems) {
        List<ContentProblem> found = new ArrayList<>();
        ContentNode root = root(file, yaml, found);
        if (root == null) {
            problems.addAll(found);
            return null;
        }
        root.allowOnly(Set.of("key", "title", "description", "themes"));
        String key = root.key("key");
        String title = root.text("title", 200, true);
        String description = root.text("description", 0, false);
        List<ContentModel.Theme> themes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<ContentNode> nodes = root.children("themes", 1);
        if (nodes.size() > MAX_THEMES) {
            root.problem(root.field("themes"), "content.error.too-many", MAX_THEMES);
        }
        for (ContentNode theme : nodes) {
            theme.allowOnly(Set.of("key", "label", "description"));
            String themeKey = theme.key("key");
            if (!themeKey.isEmpty() && !keys.add(themeKey)) {
                theme.problem(theme.field("key"), "content.error.duplicate", themeKey);
            }
            themes.add(new ContentModel.Theme(
                    themeKey, theme.text("label", 120, true), theme.text("description", 500, false)));
        }
        return finish(
                found,
                problems,
                new ContentModel.CaseloadThemeList(file, key, title, description, List.copyOf(themes)));
    }

    static @Nullable ContentNode root(String file, String yaml, List<ContentProblem> problems) {
        if (yaml.length() > MAX_FILE_CHARS) {
            problems.add(new ContentProblem(file, "", "content.error.file-too-large", List.of()));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Object document = new Yaml(new SafeConstructor(options)).load(yaml);
            if (document instanceof Map<?, ?> map) {
                return new ContentNode(file, "", map, problems);
            }
            problems.add(new ContentProblem(file, "", "content.error.not-mapping", List.of()));
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null
                    ? "?"
                    : String.valueOf(e.getProblemMark().getLine() + 1);
            problems.add(new ContentProblem(file, "", "content.error.syntax", List.of(where, e.getProblem())));
        } catch (YAMLException e) {
            problems.add(
                    new ContentProblem(file, "", "content.error.syntax", List.of("?", String.valueOf(e.getMessage()))));
        }
        return null;
    }

    private static String unique(ContentNode node, String field, int max, Set<String> seen) {
        String code = node.text(field, max, true);
        if (!code.isEmpty() && !seen.add(code)) {
            node.problem(node.field(field), "content.error.duplicate", code);
        }
        return code;
    }

    private static Orientation orientation(ContentNode competence) {
        String text = competence.text("orientation", 20, true).toUpperCase(Locale.ROOT);
        try {
            return Orientation.valueOf(text);
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty()) {
                competence.problem(competence.field("orientation"), "content.error.orientation");
            }
            return Orientation.PREVENTIVE;
        }
    }

    private static <T> @Nullable T finish(List<ContentProblem> found, List<ContentProblem> problems, T content) {
        problems.addAll(found);
        return found.isEmpty() ? content : null;
    }
}
