package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.lookback.LookBackDraft;
import nl.pendel.lookback.LookBackFixture;
import nl.pendel.lookback.LookBackForm;
import nl.pendel.lookback.LookBackService;
import nl.pendel.lookback.MyLookBack;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The look-back form (issue 19), tried with hostile input through its service, where the form's
 * checks live: a Dutch message and nothing changed, or stored and read back exactly.
 */
@IntegrationTest
class LookBackBadInputTest {

    /** The form's text questions' limit (course-content/questionnaires/terugblik.yaml). */
    private static final int MAX = 300;

    private static int inputs;

    @Autowired
    LookBackService lookBacks;

    @Autowired
    LookBackFixture fixtures;

    @Autowired
    TestData testData;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: look-back form, %d inputs%n", inputs);
    }

    @Test
    void hostile_texts_are_stored_exactly() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        String who = course.first().email();
        List<String> texts = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        texts.add("🌱".repeat(MAX)); // at the limit, counted in characters
        long version = 0;
        for (String text : texts) {
            inputs++;
            long expected = version;
            LookBackForm saved = testData.runAs(
                    who,
                    () -> lookBacks.save(
                            session,
                            new LookBackDraft(
                                    Map.of("cijfer", 3),
                                    Map.of("meenemen", text, "mis-ik-nog", text),
                                    false,
                                    expected)));
            version = saved.mine().version();
            MyLookBack stored =
                    testData.runAs(who, () -> lookBacks.form(session)).mine();
            assertThat(stored.texts()).containsEntry("meenemen", text).containsEntry("mis-ik-nog", text);
        }
    }

    @Test
    void refused_input_gets_a_dutch_message_and_nothing_changes() {
        var course = fixtures.create();
        fixtures.minutesAfterEnd(course.meeting1(), 5);
        long session = course.meeting1().id();
        String who = course.first().email();
        LookBackForm first = testData.runAs(
                who,
                () -> lookBacks.save(
                        session, new LookBackDraft(Map.of("cijfer", 4), Map.of("meenemen", "Eerste"), false, 0)));
        MyLookBack before = first.mine();

        record Case(Map<String, Integer> ratings, Map<String, String> texts, String message) {}
        String range = BadInputs.dutch("lookback.error.rating-range", 1, 5);
        String tooLongTake = BadInputs.dutch("lookback.error.too-long", "Wat neem ik mee?", MAX);
        String tooLongMiss = BadInputs.dutch("lookback.error.too-long", "Wat mis ik nog?", MAX);
        String required = BadInputs.dutch("lookback.error.required", "Welk cijfer geef ik deze bijeenkomst?");
        String unknown = BadInputs.dutch("lookback.error.unknown-question");
        List<Case> cases = List.of(
                new Case(Map.of("cijfer", 3), Map.of("meenemen", BadInputs.OVERLONG), tooLongTake),
                new Case(Map.of("cijfer", 3), Map.of("meenemen", "🌱".repeat(MAX + 1)), tooLongTake),
                new Case(Map.of("cijfer", 3), Map.of("mis-ik-nog", "x".repeat(MAX + 1)), tooLongMiss),
                new Case(Map.of("cijfer", 0), Map.of(), range),
                new Case(Map.of("cijfer", 6), Map.of(), range),
                new Case(Map.of("cijfer", BadInputs.NEGATIVE), Map.of("meenemen", BadInputs.SCRIPT), range),
                new Case(Map.of("cijfer", Integer.MIN_VALUE), Map.of(), range),
                new Case(Map.of("cijfer", Integer.MAX_VALUE), Map.of(), range),
                new Case(Map.of(), Map.of("meenemen", "Zonder cijfer"), required),
                new Case(Map.of(), Map.of(), required),
                new Case(Map.of("cijfer", 3, "bestaat-niet", 2), Map.of(), unknown),
                new Case(Map.of("cijfer", 3), Map.of("bestaat-niet", "tekst"), unknown),
                // a text question answered with a rating, and the rating question with a text
                new Case(Map.of("cijfer", 3, "meenemen", 2), Map.of(), unknown),
                new Case(Map.of("cijfer", 3), Map.of("cijfer", "vijf"), unknown),
                new Case(Map.of("cijfer", 3), Map.of("meenemen", "Bsn 111222333 van de bewoner"), privacyRefusal()));
        for (Case c : cases) {
            inputs++;
            assertThatThrownBy(() -> testData.runAs(
                            who,
                            () -> lookBacks.save(
                                    session, new LookBackDraft(c.ratings(), c.texts(), true, before.version()))))
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .startsWith(c.message()));
            assertThat(testData.runAs(who, () -> lookBacks.form(session)).mine())
                    .isEqualTo(before);
        }

        // white space only is no answer: stored as none
        for (String blank : List.of(BadInputs.WHITESPACE, BadInputs.INVISIBLE)) {
            inputs++;
            long version =
                    testData.runAs(who, () -> lookBacks.form(session)).mine().version();
            Map<String, String> texts = new HashMap<>();
            texts.put("meenemen", blank);
            MyLookBack stored = testData.runAs(
                            who,
                            () -> lookBacks.save(
                                    session, new LookBackDraft(Map.of("cijfer", 2), texts, false, version)))
                    .mine();
            assertThat(stored.texts()).doesNotContainKey("meenemen");
        }
    }

    /** The start of the privacy guard's refusal, which names the identifier after it. */
    private static String privacyRefusal() {
        return "Niet bewaard: haal eerst het";
    }
}
