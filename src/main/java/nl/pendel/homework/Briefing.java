package nl.pendel.homework;

import java.time.LocalDateTime;
import java.util.List;
import nl.pendel.account.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * Everything a trainer reads before one subgroup's session of a meeting, on one printable page:
 * each member's homework handed in, who has not, and the subgroup's common needs.
 */
public record Briefing(
        String courseTitle,
        int meetingPosition,
        String meetingTitle,
        String assignmentTitle,
        int subgroupNumber,
        @Nullable LocalDateTime sessionStart,
        String location,
        List<Entry> entries,
        List<String> notHandedIn,
        List<NeedLine> needs) {

    public Briefing {
        entries = List.copyOf(entries);
        notHandedIn = List.copyOf(notHandedIn);
        needs = List.copyOf(needs);
    }

    /** One member's homework. */
    public record Entry(String name, @Nullable Discipline discipline, Submission submission, List<NeedLine> themes) {

        public Entry {
            themes = List.copyOf(themes);
        }
    }
}
