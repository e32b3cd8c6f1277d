package nl.pendel.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.pendel.IntegrationTest;
import nl.pendel.SqlStatements;
import nl.pendel.TestData;
import nl.pendel.account.PersonSummary;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Plans on the real MariaDB: sections, conflicts, drafts, history, privacy, status, comments and access. */
@IntegrationTest
class PlanServiceTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanProgressService progress;

    @Autowired
    PlanSectionService sections;

    @Autowired
    CourseService courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_member_starts_a_plan_from_the_template_and_the_first_section_names_it() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));

        Plan plan = testData.runAs(member.email(), () -> plans.plan(planId));
        assertThat(plan.sections())
                .extracting(PlanSection::key)
                .containsExactly(
                        "werktitel",
                        "gemeenschappelijke-vraag",
                        "doelgroep",
                        "wat-voorkomen",
                        "activiteit",
                        "eigenaarschap",
                        "nodig",
                        "rollen",
                        "planning",
                        "signalen-risicos",
                        "evaluatie");
        assertThat(plan.title()).isEmpty();
        assertThat(plan.subgroupNumber()).isEqualTo(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.IDEA);
        assertThat(plan.emptyRequired()).hasSize(6);
        assertThat(plan.members()).contains(member.displayName());

        SectionSave saved = testData.runAs(
                member.email(),
                () -> sections.save(planId, "werktitel", "Budgetcafé in De Oosterpoort\nwerknaam", 0, false));
        assertThat(saved.result()).isEqualTo(SectionSave.Result.SAVED);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(testData.runAs(member.email(), () -> plans.plan(planId)).title())
                .isEqualTo("Budgetcafé in De Oosterpoort");
        assertThat(testData.runAs(member.email(), () -> sections.history(planId, "werktitel")))
                .extracting(SectionVersion::version, SectionVersion::savedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, member.displayName()));
    }

    @Test
    void a_second_save_on_the_same_version_is_never_applied_blindly_and_the_merge_is_kept() {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        var bram = course.member(1, 1);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));

        SectionSave first =
                testData.runAs(anna.email(), () -> sections.save(planId, "doelgroep", "Jonge ouders", 0, false));
        SectionSave second = testData.runAs(
                bram.email(), () -> sections.save(planId, "doelgroep", "Alleenstaande ouderen", 0, false));

        assertThat(first.result()).isEqualTo(SectionSave.Result.SAVED);
        assertThat(second.result()).isEqualTo(SectionSave.Result.CONFLICT);
        assertThat(second.conflict().theirs()).isEqualTo("Jonge ouders");
        assertThat(second.conflict().theirAuthor()).isEqualTo(anna.displayName());
        assertThat(second.conflict().mine()).isEqualTo("Alleenstaande ouderen");
        assertThat(content(anna, planId, "doelgroep"))
                .as("nothing of the second stored")
                .isEqualTo("Jonge ouders");

        SectionSave merged = testData.runAs(
                bram.email(),
                () -> sections.save(
                        planId,
                        "doelgroep",
                        "Jonge ouders en alleenstaande ouderen",
                        second.conflict().theirVersion(),
                        false));
        assertThat(merged.result()).isEqualTo(SectionSave.Result.SAVED);
        assertThat(testData.runAs(anna.email(), () -> sections.history(planId, "doelgroep")))
                .extracting(SectionVersion::content)
                .containsExactly("Jonge ouders en alleenstaande ouderen", "Jonge ouders");
        assertThat(testData.runAs(anna.email(), () -> sections.save(planId, "doelgroep", "JONGE OUDERS", 2, false))
                        .result())
                .as("a change in capitals only is a change")
                .isEqualTo(SectionSave.Result.SAVED);
    }

    @Test
    void unsaved_text_is_kept_for_its_writer_only_until_saved_and_an_old_version_comes_back_as_a_new_one() {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        var bram = course.member(1, 1);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));
        testData.runAs(anna.email(), () -> sections.save(planId, "activiteit", "Een budgetcafé", 0, false));

        testData.runAs(anna.email(), () -> sections.saveDraft(planId, "activiteit", "Een budgetcafé, elke dinsdag", 1));
        PlanSection annas =
                testData.runAs(anna.email(), () -> plans.plan(planId)).section("activiteit");
        assertThat(annas.myDraft()).isNotNull();
        assertThat(annas.myDraft().content()).isEqualTo("Een budgetcafé, elke dinsdag");
        assertThat(annas.myDraft().baseVersion()).isEqualTo(1);
        assertThat(testData.runAs(bram.email(), () -> plans.plan(planId))
                        .section("activiteit")
                        .myDraft())
                .as("another member never sees it")
                .isNull();

        testData.runAs(
                anna.email(), () -> sections.save(planId, "activiteit", "Een budgetcafé, elke dinsdag", 1, false));
        assertThat(testData.runAs(anna.email(), () -> plans.plan(planId))
                        .section("activiteit")
                        .myDraft())
                .isNull();

        long firstVersionId = testData.runAs(anna.email(), () -> sections.history(planId, "activiteit"))
                .getLast()
                .id();
        SectionSave restored =
                testData.runAs(bram.email(), () -> sections.restore(planId, "activiteit", firstVersionId, 2));
        assertThat(restored.version()).isEqualTo(3);
        assertThat(content(anna, planId, "activiteit")).isEqualTo("Een budgetcafé");
        assertThat(testData.runAs(anna.email(), () -> sections.history(planId, "activiteit")))
                .extracting(SectionVersion::version, SectionVersion::restoredFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, firstVersionId),
                        org.assertj.core.groups.Tuple.tuple(2L, null),
                        org.assertj.core.groups.Tuple.tuple(1L, null));
    }

    @Test
    void unsaved_text_holding_a_citizen_service_number_is_not_kept_and_the_last_clean_draft_stays() {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));
        testData.runAs(anna.email(), () -> sections.saveDraft(planId, "activiteit", "Een budgetcafé", 0));

        assertThatThrownBy(() -> testData.runAs(
                        anna.email(),
                        () -> sections.saveDraft(planId, "activiteit", "Een budgetcafé voor 111222333", 0)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("privacy.refused"));

        PlanSection annas =
                testData.runAs(anna.email(), () -> plans.plan(planId)).section("activiteit");
        assertThat(annas.myDraft()).isNotNull();
        assertThat(annas.myDraft().content()).isEqualTo("Een budgetcafé");
    }

    @Test
    void personal_data_of_residents_blocks_or_needs_confirmation_and_nothing_is_stored_before() {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));

        SectionSave blocked = testData.runAs(
                anna.email(),
                () -> sections.save(planId, "doelgroep", "Mevrouw met BSN 111222333 en haar buren", 0, true));
        assertThat(blocked.result()).isEqualTo(SectionSave.Result.BLOCKED);
        assertThat(blocked.notices()).isNotEmpty();
        SectionSave warned = testData.runAs(
                anna.email(),
                () -> sections.save(planId, "doelgroep", "Bel de contactpersoon op 06-12345678", 0, false));
        assertThat(warned.result()).isEqualTo(SectionSave.Result.NEEDS_CONFIRMATION);
        assertThat(content(anna, planId, "doelgroep")).isEmpty();
        assertThat(testData.runAs(anna.email(), () -> sections.history(planId, "doelgroep")))
                .isEmpty();

        SectionSave confirmed = testData.runAs(
                anna.email(),
                () -> sections.save(planId, "doelgroep", "Bel de contactpersoon op 06-12345678", 0, true));
        assertThat(confirmed.result()).isEqualTo(SectionSave.Result.SAVED);
        assertThatThrownBy(() -> testData.runAs(
                        anna.email(),
                        () -> sections.comment(planId, "doelgroep", "IBAN NL91ABNA0417164300 van de buurman")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("privacy.refused"));
        assertThatThrownBy(() -> testData.runAs(
                        anna.email(), () -> sections.save(planId, "doelgroep", "x".repeat(10_001), 1, true)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("plan.error.section-too-long"));
    }

    @Test
    void the_subgroup_and_trainers_edit_the_lead_reads_and_nobody_else_sees_a_plan() {
        var course = fixtures.published(8);
        var other = fixtures.published(8);
        var member = course.member(1, 0);
        var otherSubgroup = course.member(2, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        long secondPlan = testData.runAs(otherSubgroup.email(), () -> plans.start(course.id(), null));

        assertThat(testData.runAs(course.trainer().email(), () -> sections.save(planId, "nodig", "Buurthuis", 0, false))
                        .result())
                .isEqualTo(SectionSave.Result.SAVED);
        Plan asLead = testData.runAs(course.lead().email(), () -> plans.plan(planId));
        assertThat(asLead.canEdit()).isFalse();
        assertThat(asLead.section("nodig").editable()).isFalse();
        assertThatThrownBy(() ->
                        testData.runAs(course.lead().email(), () -> sections.save(planId, "nodig", "lead", 1, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(otherSubgroup.email(), () -> plans.plan(planId)))
                .as("a member of another subgroup")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> testData.runAs(otherSubgroup.email(), () -> sections.saveDraft(planId, "nodig", "x", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(other.lead().email(), () -> plans.plan(planId)))
                .as("the lead of another team")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(other.trainer().email(), () -> sections.history(planId, "nodig")))
                .as("a trainer of another course")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.runAs(other.member(1, 0).email(), () -> sections.comments(planId)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(testData.runAs(member.email(), () -> plans.visiblePlans()))
                .extracting(PlanSummary::id)
                .containsExactly(planId);
        assertThat(testData.runAs(course.lead().email(), () -> plans.visiblePlans()))
                .extracting(PlanSummary::id)
                .containsExactlyInAnyOrder(planId, secondPlan);
        assertThat(testData.runAs(other.lead().email(), () -> plans.visiblePlans()))
                .isEmpty();
        assertThat(testData.runAs(course.trainer().email(), () -> plans.plansOfCourse(course.id())))
                .hasSize(2);
        assertThatThrownBy(() -> testData.runAs(course.lead().email(), () -> plans.start(course.id(), null)))
                .as("the lead starts no plans")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ready_for_meeting_3_is_the_trainers_sign_off_once_the_required_sections_are_filled_in() {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        long v1 = testData.runAs(member.email(), () -> progress.changeStatus(planId, PlanStatus.IN_PROGRESS, 0));
        assertThatThrownBy(
                        () -> testData.runAs(member.email(), () -> progress.changeStatus(planId, PlanStatus.READY, v1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("plan.error.sign-off-trainer"));
        assertThatThrownBy(() -> testData.runAs(
                        course.trainer().email(), () -> progress.changeStatus(planId, PlanStatus.READY, v1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.error.sections-empty");
                    assertThat((String) e.arguments()[0]).contains("Doelgroep").doesNotContain("Evaluatie");
                });
        Plan plan = testData.runAs(member.email(), () -> plans.plan(planId));
        for (PlanSection section : plan.sections()) {
            if (section.required()) {
                testData.runAs(
                        member.email(),
                        () -> sections.save(planId, section.key(), "Ingevuld: " + section.title(), 0, false));
            }
        }
        long v2 = testData.runAs(course.trainer().email(), () -> progress.changeStatus(planId, PlanStatus.READY, v1));
        Plan ready = testData.runAs(member.email(), () -> plans.plan(planId));
        assertThat(ready.status()).isEqualTo(PlanStatus.READY);
        assertThat(ready.signedOffBy()).isEqualTo(course.trainer().displayName());

        long v3 = testData.runAs(member.email(), () -> progress.changeStatus(planId, PlanStatus.RUNNING, v2));
        assertThatThrownBy(() ->
                        testData.runAs(member.email(), () -> progress.changeStatus(planId, PlanStatus.EVALUATED, v3)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("plan.error.evaluation-empty"));
        assertThatThrownBy(
                        () -> testData.runAs(member.email(), () -> progress.changeStatus(planId, PlanStatus.IDEA, v2)))
                .as("a stale version")
                .isInstanceOf(nl.pendel.shared.EditConflictException.class);

        // after the course: only the evaluation and its status
        testData.runAs(course.trainer().email(), () -> {
            var summary = courses.details(course.id()).summary();
            var running = courses.changeStatus(course.id(), summary.version(), CourseStatus.RUNNING);
            courses.changeStatus(course.id(), running.version(), CourseStatus.CLOSED);
        });
        assertThatThrownBy(() ->
                        testData.runAs(member.email(), () -> sections.save(planId, "doelgroep", "later", 1, false)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("course.error.closed"));
        testData.runAs(
                member.email(),
                () -> sections.save(planId, "evaluatie", "Twaalf bewoners kwamen elke week.", 0, false));
        testData.runAs(member.email(), () -> progress.changeStatus(planId, PlanStatus.EVALUATED, v3));
        assertThat(testData.runAs(course.lead().email(), () -> plans.plan(planId))
                        .status())
                .isEqualTo(PlanStatus.EVALUATED);
    }

    @Test
    void a_comment_notifies_the_other_members_and_the_trainer_but_not_its_writer() {
        var course = fixtures.published(8);
        var anna = course.member(1, 0);
        var bram = course.member(1, 1);
        long planId = testData.runAs(anna.email(), () -> plans.start(course.id(), null));
        long commentId = testData.runAs(
                anna.email(), () -> sections.comment(planId, "activiteit", "Kan het buurthuis op dinsdag?"));

        assertThat(testData.runAs(bram.email(), () -> sections.comments(planId)))
                .extracting(PlanComment::author, PlanComment::text, PlanComment::sectionKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        anna.displayName(), "Kan het buurthuis op dinsdag?", "activiteit"));
        var notice = SystemAuthentication.runAsAdministrator(() -> sections.commentNotice(planId, commentId));
        assertThat(notice.recipients())
                .containsExactlyInAnyOrder(bram.id(), course.trainer().id());
        List<String> keys = jdbc.sql("""
                        select dedupe_key from mail_outbox where dedupe_key like ?
                        union all select dedupe_key from notification_digest_item where dedupe_key like ?""")
                .params("plan-comment-" + commentId + "-%", "plan-comment-" + commentId + "-%")
                .query(String.class)
                .list();
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "plan-comment-" + commentId + "-" + bram.id(),
                        "plan-comment-" + commentId + "-" + course.trainer().id());
        assertThatThrownBy(() ->
                        testData.runAs(course.lead().email(), () -> sections.comment(planId, "activiteit", "lead")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_overview_and_a_plan_take_the_same_number_of_statements_for_few_and_many_plans() {
        var small = fixtures.published(8);
        var large = fixtures.published(16);
        long smallPlan = startPlans(small, 1);
        long largePlan = startPlans(large, 4);
        PersonSummary smallTrainer = small.trainer();
        PersonSummary largeTrainer = large.trainer();

        int fewList =
                testData.runAs(smallTrainer.email(), () -> SqlStatements.count(() -> plans.plansOfCourse(small.id()))
                        .statements());
        int manyList =
                testData.runAs(largeTrainer.email(), () -> SqlStatements.count(() -> plans.plansOfCourse(large.id()))
                        .statements());
        int fewPlan = testData.runAs(smallTrainer.email(), () -> SqlStatements.count(() -> plans.plan(smallPlan))
                .statements());
        int manyPlan = testData.runAs(largeTrainer.email(), () -> SqlStatements.count(() -> plans.plan(largePlan))
                .statements());
        assertThat(manyList).isEqualTo(fewList);
        assertThat(manyPlan).isEqualTo(fewPlan);
        assertThat(manyPlan).isLessThanOrEqualTo(15);
    }

    private long startPlans(PlanFixtures.Course course, int perSubgroupOne) {
        long last = 0;
        for (int i = 0; i < perSubgroupOne; i++) {
            var member = course.member(1, 0);
            long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
            testData.runAs(member.email(), () -> sections.save(planId, "activiteit", "Plan " + planId, 0, false));
            testData.runAs(member.email(), () -> sections.comment(planId, "activiteit", "Reactie"));
            last = planId;
        }
        return last;
    }

    private String content(PersonSummary reader, long planId, String key) {
        return testData.runAs(reader.email(), () -> plans.plan(planId))
                .section(key)
                .content();
    }
}
