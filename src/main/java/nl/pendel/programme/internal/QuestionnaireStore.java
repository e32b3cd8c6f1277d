package nl.pendel.programme.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.pendel.programme.Questionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes questionnaire versions as {@link ContentStore} writes the other content: found by key and
 * content hash, changed content a new version with the next number. Also which questionnaires a
 * programme version uses ({@code programme_questionnaire}), written anew at every load.
 */
@Repository
class QuestionnaireStore {

    private final JdbcClient jdbc;

    QuestionnaireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ContentStore.Stored store(QuestionnaireParser.Parsed questionnaire, Instant now) {
        String hash = ContentStore.hash(ContentModel.canonical(questionnaire));
        Optional<ContentStore.Stored> existing = jdbc.sql(
                        "select id, version_no from questionnaire_version where questionnaire_key = ? and content_hash = ?")
                .params(questionnaire.key(), hash)
                .query((rs, row) -> new ContentStore.Stored(rs.getLong("id"), rs.getInt("version_no"), false))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        int versionNo = jdbc.sql(
                        "select coalesce(max(version_no), 0) + 1 from questionnaire_version where questionnaire_key = ?")
                .param(questionnaire.key())
                .query(Integer.class)
                .single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into questionnaire_version
                          (questionnaire_key, version_no, content_hash, title, description, source_file, loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        questionnaire.key(),
                        versionNo,
                        hash,
                        questionnaire.title(),
                        questionnaire.description(),
                        questionnaire.file(),
                        now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (Questionnaire.Question question : questionnaire.questions()) {
            jdbc.sql("""
                            insert into questionnaire_question
                              (questionnaire_version_id, position, question_key, kind, label, help, max_length, required)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            ++position,
                            question.key(),
                            question.kind().name(),
                            question.label(),
                            question.help(),
                            question.maxLength(),
                            question.required())
                    .update();
        }
        return new ContentStore.Stored(id, versionNo, true);
    }

    /** Which questionnaire key the programme version uses for what, replacing what was there. */
    void link(long programmeVersionId, Map<Questionnaire.Purpose, String> links) {
        jdbc.sql("delete from programme_questionnaire where programme_version_id = ?")
                .param(programmeVersionId)
                .update();
        links.forEach((purpose, key) ->
                jdbc.sql("""
                        insert into programme_questionnaire (programme_version_id, purpose, questionnaire_key)
                        values (?, ?, ?)""").params(programmeVersionId, purpose.name(), key).update());
    }
}
