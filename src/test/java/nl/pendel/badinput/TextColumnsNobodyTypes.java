package nl.pendel.badinput;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text columns of Pendel's database that no person types into, each with the reason: the
 * other half of {@link ResidentIdentifiersNeverStoredTest}'s table of write paths. A new column
 * belongs here only with a reason that holds; otherwise it needs a write path in that table.
 */
final class TextColumnsNobodyTypes {

    /** table.column → why nobody types into it. */
    static final Map<String, String> REASONS = reasons();

    private TextColumnsNobodyTypes() {}

    private static Map<String, String> reasons() {
        String content = "written by the content authors in course-content/ and loaded at start, not typed in Pendel";
        String code = "a code Pendel chooses or the person picks from a list, never free text";
        String composed = "composed by Pendel from texts that passed the check on their way in (searched by the table"
                + " test all the same)";
        String machinery = "the application's own machinery: names of jobs, nodes, tokens and migrations";
        Map<String, String> reasons = new TreeMap<>();
        for (String column : List.of(
                "competence_framework_version.framework_key",
                "competence_framework_version.title",
                "competence_framework_version.description",
                "competence_framework_version.source_file",
                "rating_level.label",
                "rating_level.anchor",
                "competence.code",
                "competence.title",
                "competence.short_title",
                "competence.orientation",
                "indicator.code",
                "indicator.text",
                "plan_template_version.template_key",
                "plan_template_version.title",
                "plan_template_version.description",
                "plan_template_version.source_file",
                "plan_template_section.section_key",
                "plan_template_section.title",
                "plan_template_section.guidance",
                "programme_version.programme_key",
                "programme_version.title",
                "programme_version.summary",
                "programme_version.source_file",
                "programme_goal.text",
                "programme_meeting.title",
                "programme_meeting.theme",
                "programme_meeting.preparation_title",
                "programme_meeting.preparation_instructions",
                "programme_agenda_item.text",
                "programme_agenda_item.lead",
                "programme_agenda_item.needs",
                "caseload_theme_list_version.list_key",
                "caseload_theme_list_version.title",
                "caseload_theme_list_version.description",
                "caseload_theme_list_version.source_file",
                "caseload_theme.theme_key",
                "questionnaire_version.questionnaire_key",
                "questionnaire_version.title",
                "questionnaire_version.description",
                "questionnaire_version.source_file",
                "questionnaire_question.question_key",
                "questionnaire_question.label",
                "questionnaire_question.help",
                "programme_questionnaire.questionnaire_key",
                "caseload_theme.label",
                "caseload_theme.description")) {
            reasons.put(column, content);
        }
        for (String column : List.of(
                "activity_plan.competences",
                "activity_plan.status",
                "assessment_moment.kind",
                "attendance.status",
                "course_announcement.audience",
                "course.status",
                "course_session.status",
                "homework.state",
                "homework_feedback.outcome",
                "homework_file.kind",
                "meeting_material.file_kind",
                "homework_theme.theme_key",
                "notification_preference.delivery",
                "notification_preference.kind",
                "person.discipline",
                "person.locale",
                "person_role.role",
                "plan_comment.section_key",
                "plan_event.section_key",
                "plan_section.section_key",
                "plan_section_draft.section_key",
                "plan_section_version.section_key",
                "precondition_rating.precondition",
                "run_sheet_item.lead",
                "precondition_response.respondent",
                "programme_questionnaire.purpose",
                "questionnaire_question.kind",
                "look_back_answer.question_key",
                "course_evaluation_answer.question_key",
                "privacy_action.kind",
                "self_assessment.state")) {
            reasons.put(column, code);
        }
        for (String column : List.of(
                "app_notification.dedupe_key",
                "app_notification.kind",
                "app_notification.params",
                "app_notification.target",
                "mail_outbox.body_html",
                "mail_outbox.body_text",
                "mail_outbox.calendar",
                "mail_outbox.calendar_method",
                "mail_outbox.claimed_by",
                "mail_outbox.dedupe_key",
                "mail_outbox.kind",
                "mail_outbox.last_error",
                "mail_outbox.message_id",
                "mail_outbox.recipient",
                "mail_outbox.status",
                "mail_outbox.subject",
                "notification_digest_item.body_html",
                "notification_digest_item.body_text",
                "notification_digest_item.dedupe_key",
                "notification_digest_item.kind",
                "notification_digest_item.subject",
                "undeliverable_address.email",
                "undeliverable_address.reason")) {
            reasons.put(column, composed);
        }
        for (String column : List.of(
                "account_link.purpose",
                "calendar_token.token_hash",
                "course_session.uid",
                "flyway_schema_history.description",
                "flyway_schema_history.installed_by",
                "flyway_schema_history.script",
                "flyway_schema_history.type",
                "flyway_schema_history.version",
                "plan_event.origin",
                "certificate.register_number",
                "shedlock.locked_by",
                "shedlock.name")) {
            reasons.put(column, machinery);
        }
        for (String column : List.of(
                "caseload_theme_list_version.content_hash",
                "competence_framework_version.content_hash",
                "plan_template_version.content_hash",
                "programme_version.content_hash",
                "questionnaire_version.content_hash",
                "account_link.token_hash",
                "homework_file.sha256",
                "meeting_material.sha256",
                "person.password_hash",
                "person.sso_key")) {
            reasons.put(column, "a hash Pendel computes");
        }
        String own = "the professional's own login address or register number, checked against its format: a"
                + " nine-digit register number may pass the eleven-proof, and refusing it would lock a colleague"
                + " out; neither is a resident's data";
        reasons.put(
                "course.open_title",
                "a copy of course.title while the course is open, for the unique index; the title is checked (the"
                        + " table's course-title row)");
        reasons.put("person.email", own);
        reasons.put(
                "sign_in_throttle.throttle_key",
                "a bucket name Pendel composes from an account id, a client address or the SHA-256 of a name that"
                        + " matched no account; the typed name itself is never stored");
        reasons.put("person.register_number", own);
        reasons.put(
                "course_evaluation_response.id",
                "a random UUID Pendel makes for an anonymous course evaluation (decision 0019)");
        reasons.put(
                "course_evaluation_answer.response_id",
                "the random UUID of the anonymous course evaluation the answer belongs to (decision 0019)");
        reasons.put("subgroup.name", "always empty: Pendel numbers the subgroups and has no field to name one");
        return reasons;
    }
}
