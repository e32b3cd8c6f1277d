package nl.pendel.assessment;

import java.util.List;

/**
 * What the signed-in participant's self-assessment page shows: their courses with the moments and
 * their growth, and every time a team lead opened their scores (the log they are owed).
 */
public record MyAssessments(List<MyCourseAssessments> courses, List<MemberScores.View> views) {

    public MyAssessments {
        courses = List.copyOf(courses);
        views = List.copyOf(views);
    }
}
