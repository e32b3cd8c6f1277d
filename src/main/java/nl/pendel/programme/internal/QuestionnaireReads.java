package nl.pendel.programme.internal;

import java.util.List;
import java.util.Optional;
import nl.pendel.programme.Questionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads questionnaire versions, each in two statements. */
@Repository
public class QuestionnaireReads {

    private final JdbcClient jdbc;

    QuestionnaireReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of the questionnaire the programme version names for this purpose. */
    public Optional<Questionnaire> forProgramme(long programmeVersionId, Questionnaire.Purpose purpose) {
        return jdbc.sql("""
                        select v.id from questionnaire_version v
                        join programme_questionnaire p on p.questionnaire_key = v.questionnaire_key
                        where p.programme_version_id = ? and p.purpose = ?
                        order by v.version_no desc limit 1""")
                .params(programmeVersionId, purpose.name())
                .query(Long.class)
                .optional()
                .flatMap(this::version);
    }

    /** One version with its questions in order. */
    public Optional<Questionnaire> version(long versionId) {
        List<Questionnaire.Question> questions = jdbc.sql("""
                        select question_key, kind, label, help, max_length, required from questionnaire_question
                        where questionnaire_version_id = ? order by position""")
                .param(versionId)
                .query((rs, n) -> new Questionnaire.Question(
                        rs.getString("question_key"),
                        Questionnaire.Kind.valueOf(rs.getString("kind")),
                        rs.getString("label"),
                        rs.getString("help"),
                        rs.getInt("max_length"),
                        rs.getBoolean("required")))
                .list();
        return jdbc.sql("""
                        select id, questionnaire_key, version_no, title, description from questionnaire_version
                        where id = ?""")
                .param(versionId)
                .query((rs, n) -> new Questionnaire(
                        rs.getLong("id"),
                        rs.getString("questionnaire_key"),
                        rs.getInt("version_no"),
                        rs.getString("title"),
                        rs.getString("description"),
                        questions))
                .optional();
    }
}
