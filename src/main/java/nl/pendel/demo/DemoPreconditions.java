package nl.pendel.demo;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.account.PersonContact;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.security.SystemAuthentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The preconditions scan in the demo, answered by the participants and the team's lead. */
@Component
class DemoPreconditions {

    private final PreconditionService preconditionScan;
    private final UserDetailsService accounts;

    DemoPreconditions(PreconditionService preconditionScan, UserDetailsService accounts) {
        this.preconditionScan = preconditionScan;
        this.accounts = accounts;
    }

    /**
     * The preconditions scan of Korrewegwijk: sixteen participants and the lead. The team sees less
     * room and a thinner social map than its lead does; knowledge and collaboration they agree on.
     */
    void create(long courseId, List<PersonContact> participants, String leadEmail) {
        int[][] team = {{2, 3}, {3, 4}, {2, 3}, {3, 4}, {4, 4}};
        for (int i = 0; i < 16 && i < participants.size(); i++) {
            int person = i;
            List<PreconditionAnswer> answers = new ArrayList<>();
            for (Precondition p : Precondition.values()) {
                int[] range = team[p.ordinal()];
                int rating = range[0] + (person % 3 == 0 ? 0 : 1) - (person % 5 == 0 ? 1 : 0);
                String comment = person == 1 && p == Precondition.ROOM
                        ? "Door de caseload is er weinig tijd om de wijk in te gaan."
                        : person == 4 && p == Precondition.INFRASTRUCTURE
                                ? "Niet iedereen weet welke vrijwilligersinitiatieven er zijn."
                                : "";
                answers.add(new PreconditionAnswer(p, Math.clamp(rating, 1, 5), comment));
            }
            SystemAuthentication.runAs(
                    accounts.loadUserByUsername(participants.get(person).email()),
                    () -> preconditionScan.save(courseId, answers, 0));
        }
        int[] lead = {4, 4, 4, 4, 4};
        List<PreconditionAnswer> leadAnswers = new ArrayList<>();
        for (Precondition p : Precondition.values()) {
            leadAnswers.add(new PreconditionAnswer(p, lead[p.ordinal()], ""));
        }
        SystemAuthentication.runAs(
                accounts.loadUserByUsername(leadEmail), () -> preconditionScan.save(courseId, leadAnswers, 0));
    }
}
