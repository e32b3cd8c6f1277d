package nl.pendel.message.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.course.CourseService;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.RetentionRule;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announcements and messages a person wrote or that were addressed to them alone. Erasure deletes
 * the announcements to them (with their threads), their own threads and every message they wrote;
 * the announcements they wrote to a course or a subgroup stay, shown under the anonymised name,
 * as they belong to everyone who received them. Twelve months after a course closed and ended its
 * announcements and threads are deleted.
 */
@Component
class MessagePersonalData implements PersonalData {

    private static final String OF_PERSONAL = "select id from course_announcement where person_id = ?";

    private final JdbcClient jdbc;
    private final CourseService courses;

    MessagePersonalData(JdbcClient jdbc, CourseService courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    @Override
    public String part() {
        return "messages";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("announcements_written", rows("""
                select course_id, audience, subgroup_id, person_id, subject, body, created_at
                from course_announcement where author_id = ? order by created_at""", personId));
        part.put("announcements_to_me", rows("""
                select course_id, subject, body, created_at
                from course_announcement where person_id = ? order by created_at""", personId));
        part.put("messages", rows("""
                select r.announcement_id, a.subject, r.participant_id, r.author_id, r.body, r.created_at
                from announcement_reply r join course_announcement a on a.id = r.announcement_id
                where r.author_id = :person or r.participant_id = :person order by r.created_at""", personId));
        return part;
    }

    private List<Map<String, Object>> rows(String sql, long personId) {
        return sql.contains(":person")
                ? jdbc.sql(sql).param("person", personId).query(Rows.asJson()).list()
                : jdbc.sql(sql).param(personId).query(Rows.asJson()).list();
    }

    @Override
    public int erase(long personId) {
        int replies = jdbc.sql("delete from announcement_reply where author_id = :person or participant_id = :person"
                        + " or announcement_id in (select id from course_announcement where person_id = :person)")
                .param("person", personId)
                .update();
        int announcements = jdbc.sql("delete from course_announcement where person_id = ?")
                .param(personId)
                .update();
        // announcements the person wrote to one other participant go as well: whose words they are
        // would still show beside the name of the addressee; course and subgroup ones stay
        int written = jdbc.sql("delete from announcement_reply where announcement_id in "
                        + "(select id from course_announcement where author_id = ? and audience = 'PERSON')")
                .param(personId)
                .update();
        written += jdbc.sql("delete from course_announcement where author_id = ? and audience = 'PERSON'")
                .param(personId)
                .update();
        return replies + announcements + written;
    }

    @Override
    public List<RetentionRule> retention() {
        return List.of(new RetentionRule("messages", Period.ofMonths(12), this::clearExpired));
    }

    /** The announcements and threads of courses closed and ended before the cut-off. */
    private int clearExpired(Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, ZoneId.of("Europe/Amsterdam"));
        List<Long> expired = SystemAuthentication.runAsAdministrator(() -> courses.closedEndedBefore(day));
        if (expired.isEmpty()) {
            return 0;
        }
        int replies = jdbc.sql("delete from announcement_reply where announcement_id in "
                        + "(select id from course_announcement where course_id in (:courses))")
                .param("courses", expired)
                .update();
        return replies
                + jdbc.sql("delete from course_announcement where course_id in (:courses)")
                        .param("courses", expired)
                        .update();
    }
}
