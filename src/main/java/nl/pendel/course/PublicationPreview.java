package nl.pendel.course;

import java.util.List;

/**
 * What publishing a course would mail, counted as the outbox would get it: an invitation per
 * person per session (the participants for their own subgroup's sessions, the trainers for all),
 * for the upcoming sessions of the schedule, leaving out who already got that invitation.
 *
 * @param invitations how many mails
 * @param sessions for how many sessions
 * @param subgroups who of the participants are invited, per subgroup, by name
 * @param trainers the trainers who are invited, by name
 * @param uninvited participants without an invitation (in no subgroup, or their subgroup has no
 *     upcoming session), by name
 */
public record PublicationPreview(
        int invitations, int sessions, List<Subgroup> subgroups, List<String> trainers, List<String> uninvited) {

    public PublicationPreview {
        subgroups = List.copyOf(subgroups);
        trainers = List.copyOf(trainers);
        uninvited = List.copyOf(uninvited);
    }

    /** The participants of one subgroup who are invited. */
    public record Subgroup(int number, List<String> names) {

        public Subgroup {
            names = List.copyOf(names);
        }
    }

    /** How many participants are invited. */
    public int participants() {
        return subgroups.stream().mapToInt(s -> s.names().size()).sum();
    }
}
