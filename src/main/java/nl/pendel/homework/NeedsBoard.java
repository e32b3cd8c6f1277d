package nl.pendel.homework;

import java.util.List;
import java.util.Map;

/**
 * The common needs board of one meeting: the caseload themes of the homework handed in, added up
 * per subgroup and for the whole team, most frequent first.
 *
 * @param contributions how many handed-in homeworks the team figures come from
 * @param bySubgroup subgroup number → its lines, by number; a participant gets only their own subgroup
 */
public record NeedsBoard(
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        int contributions,
        List<NeedLine> team,
        Map<Integer, List<NeedLine>> bySubgroup) {

    public NeedsBoard {
        team = List.copyOf(team);
        bySubgroup = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bySubgroup));
    }
}
