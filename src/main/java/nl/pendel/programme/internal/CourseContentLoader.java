package nl.pendel.programme.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.pendel.programme.ContentLoadReport;
import nl.pendel.programme.ContentProblem;
import nl.pendel.programme.Questionnaire;
import nl.pendel.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code course-content/} at start-up: competence frameworks, plan templates and caseload
 * theme lists first, then the programmes that refer to them. A file with problems is skipped (and reported); the others
 * load. Each file is stored in its own transaction, so nothing is half-stored.
 */
@Component
@Order(10)
public class CourseContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CourseContentLoader.class);

    private final ResourcePatternResolver resources;
    private final ContentStore store;
    private final ContentReads reads;
    private final QuestionnaireStore questionnaires;
    private final TransactionTemplate transactions;
    private final Translations translations;
    private final Clock clock;
    private final String location;
    private volatile ContentLoadReport lastReport = ContentLoadReport.none();

    CourseContentLoader(
            ResourcePatternResolver resources,
            ContentStore store,
            ContentReads reads,
            QuestionnaireStore questionnaires,
            TransactionTemplate transactions,
            Translations translations,
            Clock clock,
            @Value("${pendel.course-content.location:classpath:course-content/}") String location) {
        this.resources = resources;
        this.store = store;
        this.reads = reads;
        this.questionnaires = questionnaires;
        this.transactions = transactions;
        this.translations = translations;
        this.clock = clock;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void run(ApplicationArguments args) {
        load(location);
    }

    public ContentLoadReport lastReport() {
        return lastReport;
    }

    /** Loads every YAML file below the location and reports what happened. */
    public ContentLoadReport load(String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        Load load = new Load();
        for (Resource resource : yamlFiles(base)) {
            parse(relativeName(base, resource), read(resource), load);
        }
        Map<String, Long> frameworkIds = storeAll(
                load.frameworks,
                ContentModel.Framework::key,
                ContentModel.Framework::file,
                store::storeFramework,
                "competence framework ",
                load);
        Map<String, Long> templateIds = storeAll(
                load.templates,
                ContentModel.PlanTemplate::key,
                ContentModel.PlanTemplate::file,
                store::storePlanTemplate,
                "plan template ",
                load);
        Map<String, Long> themeListIds = storeAll(
                load.themeLists,
                ContentModel.CaseloadThemeList::key,
                ContentModel.CaseloadThemeList::file,
                store::storeCaseloadThemes,
                "caseload themes ",
                load);
        Map<String, Long> questionnaireIds = storeAll(
                load.questionnaires,
                QuestionnaireParser.Parsed::key,
                QuestionnaireParser.Parsed::file,
                questionnaires::store,
                "questionnaire ",
                load);
        for (ContentModel.Programme programme :
                uniqueKeys(load.programmes, ContentModel.Programme::key, ContentModel.Programme::file, load.problems)) {
            storeProgramme(programme, frameworkIds, templateIds, themeListIds, load);
        }
        linkQuestionnaires(questionnaireIds, load);
        return report(base, load);
    }

    /** What one load found and did so far. */
    private static final class Load {
        final List<ContentProblem> problems = new ArrayList<>();
        final List<String> files = new ArrayList<>();
        final List<String> created = new ArrayList<>();
        final List<ContentModel.Framework> frameworks = new ArrayList<>();
        final List<ContentModel.PlanTemplate> templates = new ArrayList<>();
        final List<ContentModel.CaseloadThemeList> themeLists = new ArrayList<>();
        final List<ContentModel.Programme> programmes = new ArrayList<>();
        final List<QuestionnaireParser.Parsed> questionnaires = new ArrayList<>();
        /** Per programme file: the questionnaires it names, and the programme version stored. */
        final Map<String, Map<Questionnaire.Purpose, String>> questionnaireLinks = new HashMap<>();

        final Map<String, Long> storedProgrammes = new HashMap<>();
    }

    /** Parses one file by the folder it is in. */
    private static void parse(String file, String text, Load load) {
        load.files.add(file);
        List<ContentProblem> problems = load.problems;
        String kind = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        switch (kind) {
            case "competence-frameworks" -> add(load.frameworks, ContentParser.framework(file, text, problems));
            case "plan-templates" -> add(load.templates, ContentParser.planTemplate(file, text, problems));
            case "caseload-themes" -> add(load.themeLists, ContentParser.caseloadThemes(file, text, problems));
            case "programmes" -> add(load.programmes, ContentParser.programme(file, text, problems));
            case "questionnaires" -> add(load.questionnaires, QuestionnaireParser.questionnaire(file, text, problems));
            default -> problems.add(new ContentProblem(file, "", "content.error.unknown-content-folder", List.of()));
        }
        if (kind.equals("programmes")) {
            load.questionnaireLinks.put(file, QuestionnaireParser.links(file, text, problems));
        }
    }

    /** Stores each item with a unique key, each in a transaction of its own; key → stored version id. */
    private <T> Map<String, Long> storeAll(
            List<T> items,
            Function<T, String> key,
            Function<T, String> file,
            BiFunction<T, Instant, ContentStore.Stored> storing,
            String what,
            Load load) {
        Map<String, Long> ids = new HashMap<>();
        for (T item : uniqueKeys(items, key, file, load.problems)) {
            ContentStore.Stored stored = transactions.execute(status -> storing.apply(item, clock.instant()));
            ids.put(key.apply(item), stored.id());
            note(load.created, stored, what + key.apply(item));
        }
        return ids;
    }

    /** Stores the programme when everything it refers to was found (and stored) in this load. */
    private void storeProgramme(
            ContentModel.Programme programme,
            Map<String, Long> frameworkIds,
            Map<String, Long> templateIds,
            Map<String, Long> themeListIds,
            Load load) {
        Long frameworkId = reference(programme, "competence-framework", programme.frameworkKey(), frameworkIds, load);
        Long templateId = reference(programme, "plan-template", programme.planTemplateKey(), templateIds, load);
        boolean hasThemes = !programme.caseloadThemesKey().isEmpty();
        Long themeListId = hasThemes
                ? reference(programme, "caseload-themes", programme.caseloadThemesKey(), themeListIds, load)
                : null;
        if (frameworkId != null && templateId != null && (!hasThemes || themeListId != null)) {
            var stored = transactions.execute(
                    status -> store.storeProgramme(programme, frameworkId, templateId, themeListId, clock.instant()));
            note(load.created, stored, "programme " + programme.key());
            load.storedProgrammes.put(programme.file(), stored.id());
        }
    }

    /**
     * Writes which questionnaires each programme version stored in this load uses; a name that was
     * not loaded is a problem of the programme file, which still loads (without that link).
     */
    private void linkQuestionnaires(Map<String, Long> questionnaireIds, Load load) {
        load.storedProgrammes.forEach((file, programmeVersionId) -> {
            Map<Questionnaire.Purpose, String> links = QuestionnaireParser.known(
                    file,
                    load.questionnaireLinks.getOrDefault(file, Map.of()),
                    questionnaireIds.keySet(),
                    load.problems);
            transactions.executeWithoutResult(status -> questionnaires.link(programmeVersionId, links));
        });
    }

    /** The id stored under the key, or null with a problem noted. */
    private static @Nullable Long reference(
            ContentModel.Programme programme, String field, String key, Map<String, Long> ids, Load load) {
        Long id = ids.get(key);
        if (id == null) {
            load.problems.add(
                    new ContentProblem(programme.file(), field, "content.error.unknown-reference", List.of(key)));
        }
        return id;
    }

    private ContentLoadReport report(String base, Load load) {
        for (ContentProblem problem : load.problems) {
            log.error("Course content not loaded: {}", describe(problem, Locale.ENGLISH));
        }
        log.info(
                "Course content from {}: {} files, new versions: {}",
                base,
                load.files.size(),
                load.created.isEmpty() ? "none" : load.created);
        ContentLoadReport report = new ContentLoadReport(clock.instant(), load.files, load.created, load.problems);
        lastReport = report;
        reads.forgetCached();
        return report;
    }

    /** One line naming the file, the field and what is wrong. */
    public String describe(ContentProblem problem, Locale locale) {
        String message = translations.getTranslation(
                problem.messageKey(), locale, problem.arguments().toArray());
        return problem.file() + (problem.field().isEmpty() ? "" : ": " + problem.field()) + ": " + message;
    }

    private List<Resource> yamlFiles(String base) {
        try {
            List<Resource> found = new ArrayList<>();
            found.addAll(Arrays.asList(resources.getResources(base + "**/*.yaml")));
            found.addAll(Arrays.asList(resources.getResources(base + "**/*.yml")));
            found.sort(Comparator.comparing(r -> relativeName(base, r)));
            return found;
        } catch (IOException e) {
            log.error("Course content folder {} could not be read", base, e);
            return List.of();
        }
    }

    private String relativeName(String base, Resource resource) {
        try {
            String root = resources.getResource(base).getURL().toString();
            String url = resource.getURL().toString();
            return url.startsWith(root) ? url.substring(root.length()) : resource.getFilename();
        } catch (IOException e) {
            return resource.getFilename();
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void add(List<T> list, @Nullable T item) {
        if (item != null) {
            list.add(item);
        }
    }

    /** Two files with the same key: neither is loaded, since it is unclear which one is meant. */
    private static <T> List<T> uniqueKeys(
            List<T> items, Function<T, String> key, Function<T, String> file, List<ContentProblem> problems) {
        Map<String, List<T>> byKey = new HashMap<>();
        items.forEach(item ->
                byKey.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        List<T> unique = new ArrayList<>();
        for (T item : items) {
            List<T> same = byKey.get(key.apply(item));
            if (same.size() == 1) {
                unique.add(item);
            } else {
                problems.add(new ContentProblem(
                        file.apply(item), "key", "content.error.duplicate-file-key", List.of(key.apply(item))));
            }
        }
        return unique;
    }

    private static void note(List<String> created, ContentStore.Stored stored, String what) {
        if (stored.created()) {
            created.add(what + " v" + stored.versionNo());
        }
    }
}
