package nl.pendel.homework.internal;

import java.util.List;
import nl.pendel.homework.Outcome;
import nl.pendel.shared.EditConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trainer's judgement of homework ("voldaan" / "nog niet"): stored with the feedback ({@link
 * HomeworkStore#addFeedback}); here the homework row it changes and the judgement read back.
 */
@Component
public class OutcomeStore {

    private final JdbcClient jdbc;

    OutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks handed-in homework judged: its version goes up (so a second trainer judging from the
     * same reading gets a conflict), and {@link Outcome#NOG_NIET} re-opens it as a draft to hand in
     * again. Nothing changes, and {@link EditConflictException} is thrown, when the row changed
     * since {@code expectedVersion} or is no longer handed in.
     */
    public void judge(long homeworkId, long expectedVersion, Outcome outcome) {
        int updated = jdbc.sql("""
                        update homework set version = version + 1,
                               state = case when ? then 'DRAFT' else state end
                        where id = ? and version = ? and state = 'SUBMITTED'""")
                .params(outcome == Outcome.NOG_NIET, homeworkId, expectedVersion)
                .update();
        if (updated == 0) {
            throw new EditConflictException();
        }
    }

    /** The homework row's current judgement: that of the newest feedback carrying one; null without one. */
    public @Nullable Outcome current(long homeworkId) {
        // a list, not optional(): the one value may be null
        List<@Nullable String> stored = jdbc.sql(
                        "select " + HomeworkFigureReads.OUTCOME + " from homework h where h.id = ?")
                .params(homeworkId)
                .query((rs, n) -> rs.getString("outcome"))
                .list();
        return stored.isEmpty() ? null : Outcome.of(stored.getFirst());
    }
}
