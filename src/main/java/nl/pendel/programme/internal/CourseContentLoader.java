package nl.pendel.programme.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pendel.programme.ContentLoadReport;
import nl.pendel.programme.ContentProblem;
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
    private final TransactionTemplate transactions;
    private final Translations translations;
    private final Clock clock;
    private final String location;
    private volatile ContentLoadReport lastReport = ContentLoadReport.none();

    CourseContentLoader(
            ResourcePatternResolver resources,
            ContentStore store,
            TransactionTemplate transactions,
            Translations translations,
            Clock clock,
            @Value("${pendel.course-content.location:classpath:course-content/}") String location) {
        this.resources = resources;
        this.store = store;
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
        List<ContentProblem> problems = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> created = new ArrayList<>();
        List<ContentModel.Framework> frameworks = new ArrayList<>();
        List<ContentModel.PlanTemplate> templates = new ArrayList<>();
        List<ContentModel.CaseloadThemeList> themeLists = new ArrayList<>();
        List<ContentModel.Programme> programmes = new ArrayList<>();

        for (Resource resource : yamlFiles(base)) {
            String file = relativeName(base, resource);
            files.add(file);
            String text = read(resource);
            String kind = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
            switch (kind) {
                case "competence-frameworks" -> add(frameworks, ContentParser.framework(file, text, problems));
                case "plan-templates" -> add(templates, ContentParser.planTemplate(file, text, problems));
                case "caseload-themes" -> add(themeLists, ContentParser.caseloadThemes(file, text, problems));
                case "programmes" -> add(programmes, ContentParser.programme(file, text, problems));
                default ->
                    problems.add(new ContentProblem(file, "", "content.error.unknown-content-folder", List.of()));
            }
        }

        Map<String, Long> frameworkIds = new HashMap<>();
        for (ContentModel.Framework framework :
                uniqueKeys(frameworks, ContentModel.Framework::key, ContentModel.Framework::file, problems)) {
            var stored = transactions.execute(status -> store.storeFramework(framework, clock.instant()));
            frameworkIds.put(framework.key(), stored.id());
            note(created, stored, "competence framework " + framework.key());
        }
        Map<String, Long> templateIds = new HashMap<>();
        for (ContentModel.PlanTemplate template :
                uniqueKeys(templates, ContentModel.PlanTemplate::key, ContentModel.PlanTemplate::file, problems)) {
            var stored = transactions.execute(status -> store.storePlanTemplate(template, clock.instant()));
            templateIds.put(template.key(), stored.id());
            note(created, stored, "plan template " + template.key());
        }
        Map<String, Long> themeListIds = new HashMap<>();
        for (ContentModel.CaseloadThemeList list : uniqueKeys(
                themeLists, ContentModel.CaseloadThemeList::key, ContentModel.CaseloadThemeList::file, problems)) {
            var stored = transactions.execute(status -> store.storeCaseloadThemes(list, clock.instant()));
            themeListIds.put(list.key(), stored.id());
            note(created, stored, "caseload themes " + list.key());
        }
        for (ContentModel.Programme programme :
                uniqueKeys(programmes, ContentModel.Programme::key, ContentModel.Programme::file, problems)) {
            Long frameworkId = frameworkIds.get(programme.frameworkKey());
            Long templateId = templateIds.get(programme.planTemplateKey());
            if (frameworkId == null) {
                problems.add(new ContentProblem(
                        programme.file(),
                        "competence-framework",
                        "content.error.unknown-reference",
                        List.of(programme.frameworkKey())));
            }
            if (templateId == null) {
                problems.add(new ContentProblem(
                        programme.file(),
                        "plan-template",
                        "content.error.unknown-reference",
                        List.of(programme.planTemplateKey())));
            }
            boolean hasThemes = !programme.caseloadThemesKey().isEmpty();
            Long themeListId = hasThemes ? themeListIds.get(programme.caseloadThemesKey()) : null;
            if (hasThemes && themeListId == null) {
                problems.add(new ContentProblem(
                        programme.file(),
                        "caseload-themes",
                        "content.error.unknown-reference",
                        List.of(programme.caseloadThemesKey())));
            }
            if (frameworkId != null && templateId != null && (!hasThemes || themeListId != null)) {
                var stored = transactions.execute(status ->
                        store.storeProgramme(programme, frameworkId, templateId, themeListId, clock.instant()));
                note(created, stored, "programme " + programme.key());
            }
        }

        for (ContentProblem problem : problems) {
            log.error("Course content not loaded: {}", describe(problem, Locale.ENGLISH));
        }
        log.info(
                "Course content from {}: {} files, new versions: {}",
                base,
                files.size(),
                created.isEmpty() ? "none" : created);
        ContentLoadReport report = new ContentLoadReport(clock.instant(), files, created, problems);
        lastReport = report;
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
            List<T> items,
            java.util.function.Function<T, String> key,
            java.util.function.Function<T, String> file,
            List<ContentProblem> problems) {
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
