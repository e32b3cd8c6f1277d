package nl.pendel.subgroup;

import java.util.Set;

/** The signed-in person's subgroup in a course: its id, its number and who is in it (them too). */
public record MySubgroup(long id, int number, Set<Long> members) {

    public MySubgroup {
        members = Set.copyOf(members);
    }
}
