package nl.pendel.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import nl.pendel.schedule.Conflict;
import nl.pendel.schedule.ScheduleService;
import nl.pendel.schedule.SessionDraft;
import nl.pendel.schedule.SessionView;
import nl.pendel.shared.Translations;
import nl.pendel.subgroup.SubgroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of conflict the checker finds, brought about for real (2027) and written with the
 * arguments the checker really passes, in Dutch and in English: no message fails, keeps a
 * placeholder or shows an ISO date. Every conflict and warning key in the bundles has a row, so
 * a new one cannot go untested.
 */
@IntegrationTest
class ConflictMessagesTest {

    static final Locale DUTCH = Translations.DUTCH;

    private final String place = TestData.unique("Wijkcentrum");

    @Autowired
    ScheduleService schedule;

    @Autowired
    CourseService courses;

    @Autowired
    SubgroupService subgroups;

    @Autowired
    Translations translations;

    @Autowired
    TestData testData;

    @Test
    void every_kind_of_conflict_is_written_in_both_languages_with_the_arguments_the_checker_passes() {
        // a first course on the standard days, and a second one for the same people and trainer
        var first = testData.course(8);
        List<SessionView> firstSessions = testData.schedule(first, place);
        String trainer = first.trainer().email();
        CourseSummary second = copyFor(first);
        PersonSummary participant = first.participants().getFirst();

        Map<String, Consumer<List<SessionDraft>>> rows = new LinkedHashMap<>();
        rows.put("schedule.error.incomplete", d -> d.getFirst().setDate(null));
        rows.put("schedule.error.not-a-trainer", d -> d.getFirst().setTrainerId(participant.id()));
        rows.put("schedule.error.end-before-start", d -> d.getFirst()
                .setEnd(d.getFirst().getStart().minusHours(1)));
        rows.put("schedule.error.outside-period", d -> d.getFirst().setDate(LocalDate.of(2027, 6, 1)));
        rows.put("schedule.warning.weekend", d -> d.getFirst().setDate(LocalDate.of(2027, 1, 30)));
        rows.put("schedule.warning.holiday", d -> d.getFirst().setDate(LocalDate.of(2027, 3, 29)));
        rows.put("schedule.conflict.trainer", d -> sameTimeAs(d.get(1), d.get(0)));
        rows.put("schedule.conflict.room", d -> sameTimeAs(d.get(1), d.get(0)));
        rows.put("schedule.conflict.subgroup-missing", d -> d.removeLast());
        rows.put("schedule.conflict.subgroup-twice", d -> d.add(SessionDraft.of(copy(d.getFirst()))));
        rows.put("schedule.conflict.order", d -> meeting(d, 2).setDate(LocalDate.of(2027, 1, 12)));
        rows.put("schedule.conflict.trainer-elsewhere", d -> {});
        rows.put("schedule.conflict.room-elsewhere", d -> {});
        rows.put("schedule.conflict.person-elsewhere", d -> {});

        Map<String, Conflict> found = new LinkedHashMap<>();
        rows.forEach((key, change) -> {
            List<SessionDraft> drafts = new ArrayList<>(generate(trainer, second.id()));
            change.accept(drafts);
            testData.runAs(trainer, () -> schedule.check(second.id(), drafts)).stream()
                    .filter(c -> c.messageKey().equals(key))
                    .findFirst()
                    .ifPresent(c -> found.put(key, c));
        });
        // a cancelled session of the first course
        testData.cancel(first, firstSessions.getFirst());
        List<SessionDraft> stored = testData
                .runAs(trainer, () -> schedule.sessions(first.course().id()))
                .stream()
                .map(SessionDraft::of)
                .toList();
        testData.runAs(trainer, () -> schedule.check(first.course().id(), stored)).stream()
                .filter(c -> c.messageKey().equals("schedule.warning.cancelled"))
                .findFirst()
                .ifPresent(c -> found.put(c.messageKey(), c));

        assertThat(found.keySet()).containsAll(rows.keySet()).contains("schedule.warning.cancelled");
        assertThat(found.keySet()).containsAll(bundleKeys("schedule.conflict.", "schedule.warning."));
        for (Locale locale : List.of(DUTCH, Translations.ENGLISH)) {
            found.values().forEach(conflict -> {
                String text = messages(locale).text(conflict);
                assertThat(text)
                        .as("%s in %s", conflict.messageKey(), locale)
                        .isNotBlank()
                        .doesNotContain("!" + conflict.messageKey(), "{", "}", "People[", "Translated[")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            });
        }

        assertThat(messages(DUTCH).text(found.get("schedule.error.outside-period")))
                .isEqualTo("di 1 jun 2027 valt buiten de cursusperiode (ma 11 jan 2027 t/m wo 31 mrt 2027).");
        assertThat(messages(DUTCH).text(found.get("schedule.warning.weekend")))
                .isEqualTo("Let op: za 30 jan 2027 valt in het weekend.");
        assertThat(messages(DUTCH).text(found.get("schedule.warning.holiday")))
                .isEqualTo("Let op: ma 29 mrt 2027 is een feestdag (Tweede Paasdag).");
        assertThat(messages(DUTCH).text(found.get("schedule.conflict.trainer-elsewhere")))
                .isEqualTo(first.trainer().displayName() + " geeft dan al ‘"
                        + first.course().title() + "’ (di 26 jan 2027, 08:30–12:30).");
        assertThat(messages(DUTCH).text(found.get("schedule.conflict.person-elsewhere")))
                .matches(".+ en .+ zitten dan al in ‘" + first.course().title()
                        + "’ \\(di 26 jan 2027, 08:30–12:30\\)\\.");
        assertThat(messages(Translations.ENGLISH).text(found.get("schedule.conflict.person-elsewhere")))
                .matches(".+ and .+ are already in ‘" + first.course().title()
                        + "’ then \\(Tue 26 Jan 2027, 08:30–12:30\\)\\.");
    }

    @Test
    void one_person_is_named_alone_and_many_as_three_names_and_how_many_others() {
        Conflict one = conflict(List.of("Anouk Bakker"));
        Conflict two = conflict(List.of("Jan de Vries", "Anouk Bakker"));
        Conflict five = conflict(List.of("Eva", "Daan", "Cor", "Bram", "Anouk"));

        assertThat(messages(DUTCH).text(one)).startsWith("Anouk Bakker zit dan al in ‘Cursus X’ (di 29 dec 2026, ");
        assertThat(messages(DUTCH).text(two)).startsWith("Anouk Bakker en Jan de Vries zitten dan al in ‘Cursus X’");
        assertThat(messages(DUTCH).text(five)).startsWith("Anouk, Bram, Cor en 2 anderen zitten dan al in");
        assertThat(messages(Translations.ENGLISH).text(five))
                .startsWith("Anouk, Bram, Cor and 2 others are already in");
    }

    private static Conflict conflict(List<String> names) {
        return new Conflict(
                0,
                true,
                "schedule.conflict.person-elsewhere",
                List.of(
                        new Conflict.People(names),
                        names.size(),
                        "Cursus X",
                        LocalDate.of(2026, 12, 29),
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(12, 30)));
    }

    private ConflictMessages messages(Locale locale) {
        return new ConflictMessages(locale, (key, arguments) -> translations.getTranslation(key, locale, arguments));
    }

    private CourseSummary copyFor(TestData.CourseFixture first) {
        var draft = CourseDraft.of(
                first.course(),
                Set.copyOf(first.participants().stream().map(PersonSummary::id).toList()));
        draft.setTitle(TestData.unique("Tweede cursus"));
        CourseSummary second = testData.runAs(
                "beheerder@pendel.test", () -> courses.copy(first.course().id(), draft));
        testData.runAs(first.trainer().email(), () -> subgroups.composeAutomatically(second.id()));
        return second;
    }

    private List<SessionDraft> generate(String trainer, long courseId) {
        return testData.runAs(trainer, () -> {
            List<CourseDetails.Meeting> meetings = courses.details(courseId).meetings();
            Map<Long, LocalDate> days = new HashMap<>();
            for (int i = 0; i < meetings.size(); i++) {
                days.put(meetings.get(i).id(), TestData.MEETING_DAYS.get(i));
            }
            return schedule.generate(courseId, days, place);
        });
    }

    private static void sameTimeAs(SessionDraft moved, SessionDraft other) {
        moved.setDate(other.getDate());
        moved.setStart(other.getStart());
        moved.setEnd(other.getEnd());
    }

    private static SessionDraft meeting(List<SessionDraft> drafts, int position) {
        return drafts.stream()
                .filter(d -> d.getMeetingPosition() == position)
                .findFirst()
                .orElseThrow();
    }

    /** A second, unsaved session for the same meeting and subgroup. */
    private static SessionView copy(SessionDraft draft) {
        return new SessionView(
                0,
                0,
                draft.getMeetingId(),
                draft.getMeetingPosition(),
                draft.getMeetingTitle(),
                draft.getSubgroupId(),
                draft.getSubgroupNumber(),
                draft.getDate().plusWeeks(1),
                draft.getStart(),
                draft.getEnd(),
                draft.getLocation(),
                draft.getRoom(),
                draft.getTrainerId(),
                nl.pendel.schedule.SessionStatus.PLANNED,
                "",
                0,
                0);
    }

    private static Set<String> bundleKeys(String... prefixes) {
        Set<String> keys = new TreeSet<>();
        for (String language : List.of("nl", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = ConflictMessagesTest.class.getResourceAsStream(
                    "/vaadin-i18n/translations_" + language + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundle.stringPropertyNames().stream()
                    .filter(k -> List.of(prefixes).stream().anyMatch(k::startsWith))
                    .collect(Collectors.toCollection(() -> keys));
        }
        return keys;
    }
}
