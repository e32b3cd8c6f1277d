package nl.pendel.homework;

import java.util.List;
import nl.pendel.course.CaseloadTheme;

/**
 * What a participant's page of one assignment shows, read at once.
 *
 * @param caseloadThemes the course's themes to choose from; empty when the assignment does not ask
 *     for them and the work has none
 * @param peers the subgroup's work handed in, once the deadline passed; empty before
 */
public record HomeworkPage(MyHomework mine, List<CaseloadTheme> caseloadThemes, List<PeerWork> peers) {

    public HomeworkPage {
        caseloadThemes = List.copyOf(caseloadThemes);
        peers = List.copyOf(peers);
    }
}
