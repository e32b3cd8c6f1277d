package nl.pendel.subgroup;

import java.util.List;
import java.util.Map;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;

/**
 * One subgroup with its members and discipline mix.
 *
 * @param disciplineMix how many members of each discipline (members without one are counted
 *     under {@link Discipline#OTHER})
 */
public record SubgroupView(
        long id, int number, String name, List<PersonProfile> members, Map<Discipline, Long> disciplineMix) {

    public SubgroupView {
        members = List.copyOf(members);
        disciplineMix = Map.copyOf(disciplineMix);
    }
}
