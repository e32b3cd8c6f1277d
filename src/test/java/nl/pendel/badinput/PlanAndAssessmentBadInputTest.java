package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.assessment.AssessmentDraft;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.SectionSave;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile inputs on the plan's sections and comments and on the self-assessment's free texts
 * and goals, through their services: kept exactly as typed, or refused with the Dutch message and
 * nothing stored.
 */
@IntegrationTest
class PlanAndAssessmentBadInputTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanSectionService sections;

    @Autowired
    SelfAssessmentService assessments;

    @Test
    void plan_sections_and_comments_keep_every_character_or_refuse_with_a_dutch_message() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        int inputs = 0;

        long version = 0;
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            long expected = version;
            SectionSave saved =
                    testData.runAs(member.email(), () -> sections.save(planId, "doelgroep", text, expected, true));
            assertThat(saved.result()).as(text).isEqualTo(SectionSave.Result.SAVED);
            version = saved.version();
            assertThat(testData.runAs(member.email(), () -> plans.plan(planId))
                            .section("doelgroep")
                            .content())
                    .as("stored exactly: %s", text)
                    .isEqualTo(text);
            inputs++;
        }
        long before = version;
        assertThatThrownBy(() -> testData.runAs(
                        member.email(), () -> sections.save(planId, "doelgroep", BadInputs.OVERLONG, before, true)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("plan.error.section-too-long"));
        inputs++;
        var afterRefusal =
                testData.runAs(member.email(), () -> plans.plan(planId)).section("doelgroep");
        assertThat(afterRefusal.version()).as("nothing stored").isEqualTo(before);
        SectionSave blank = testData.runAs(
                member.email(), () -> sections.save(planId, "doelgroep", BadInputs.WHITESPACE, before, true));
        assertThat(blank.result()).isEqualTo(SectionSave.Result.SAVED);
        assertThat(testData.runAs(member.email(), () -> plans.plan(planId)).emptyRequired())
                .as("a section of spaces still counts as empty")
                .contains("Doelgroep");
        inputs++;

        for (String text : BadInputs.ACCEPTED_TEXTS) {
            testData.runAs(member.email(), () -> sections.comment(planId, "activiteit", text));
            inputs++;
        }
        assertThat(testData.runAs(member.email(), () -> sections.comments(planId)))
                .extracting(c -> c.text())
                .containsExactlyElementsOf(BadInputs.ACCEPTED_TEXTS);
        for (var refused : Map.of(
                        BadInputs.WHITESPACE, "plan.error.comment-empty",
                        BadInputs.INVISIBLE, "plan.error.comment-empty",
                        BadInputs.OVERLONG, "plan.error.comment-too-long")
                .entrySet()) {
            assertThatThrownBy(() -> testData.runAs(
                            member.email(), () -> sections.comment(planId, "activiteit", refused.getKey())))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(refused.getValue());
                        assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isNotBlank();
                    });
            inputs++;
        }
        assertThat(testData.runAs(member.email(), () -> sections.comments(planId)))
                .as("refused comments stored nothing")
                .hasSize(BadInputs.ACCEPTED_TEXTS.size());
        System.out.printf("bad input: plan sections and comments, %d inputs%n", inputs);
    }

    @Test
    void self_assessment_texts_and_goals_keep_every_character_or_refuse_with_a_dutch_message() {
        var course = fixtures.published(8);
        var participant = course.member(1, 0);
        long courseId = course.id();
        var start = testData.openMomentToday(course.trainer().email(), courseId, 0);
        int inputs = 0;
        long version = 0;
        for (String text : BadInputs.ACCEPTED_TEXTS) {
            long expected = version;
            version = testData.runAs(
                    participant.email(),
                    () -> assessments.saveDraft(
                            courseId, start.id(), new AssessmentDraft(Map.of(), text, text, List.of(text)), expected));
            var mine = testData.runAs(participant.email(), () -> assessments.mine(courseId, start.id()));
            assertThat(mine.answers().mastered()).as("stored exactly: %s", text).isEqualTo(text);
            assertThat(mine.answers().development()).isEqualTo(text);
            assertThat(mine.answers().goals()).containsExactly(text);
            inputs++;
        }
        long stable = version;
        long indicator = testData.runAs(participant.email(), () -> assessments.framework(courseId))
                .competences()
                .getFirst()
                .indicators()
                .getFirst()
                .id();
        Map<AssessmentDraft, String> refused = new HashMap<>();
        refused.put(new AssessmentDraft(Map.of(), BadInputs.OVERLONG, "", List.of()), "assessment.error.text-too-long");
        refused.put(new AssessmentDraft(Map.of(), "", BadInputs.OVERLONG, List.of()), "assessment.error.text-too-long");
        refused.put(new AssessmentDraft(Map.of(), "", "", List.of("x".repeat(501))), "assessment.error.goal-too-long");
        refused.put(
                new AssessmentDraft(Map.of(), "", "", List.of("a", "b", "c", "d")), "assessment.error.too-many-goals");
        refused.put(
                new AssessmentDraft(Map.of(indicator, BadInputs.NEGATIVE), "", "", List.of()),
                "assessment.error.level");
        refused.put(new AssessmentDraft(Map.of(indicator, 6), "", "", List.of()), "assessment.error.level");
        refused.put(new AssessmentDraft(Map.of(-5L, 3), "", "", List.of()), "assessment.error.level");
        for (var entry : refused.entrySet()) {
            assertThatThrownBy(() -> testData.runAs(
                            participant.email(),
                            () -> assessments.saveDraft(courseId, start.id(), entry.getKey(), stable)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(entry.getValue());
                        assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                .isNotBlank();
                    });
            inputs++;
        }
        var after = testData.runAs(participant.email(), () -> assessments.mine(courseId, start.id()));
        assertThat(after.version()).as("nothing stored by a refusal").isEqualTo(stable);
        assertThat(after.answers().mastered()).isEqualTo(BadInputs.ACCEPTED_TEXTS.getLast());
        System.out.printf("bad input: self-assessment, %d inputs%n", inputs);
    }
}
