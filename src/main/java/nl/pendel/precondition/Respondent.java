package nl.pendel.precondition;

/** In which role someone answers the scan of a course. */
public enum Respondent {
    /** A participant of the course: counts towards the team's view. */
    PARTICIPANT,
    /** The lead of the course's team: their own view, shown beside the team's. */
    LEAD;

    /** How the answerer's role is named: as the person's role. */
    public String translationKey() {
        return "precondition.respondent." + name();
    }
}
