package nl.pendel.assessment;

import java.util.List;

/**
 * The signed-in participant's self-assessments in one of their courses: each moment with how far
 * they got, and their growth over the submitted ones.
 */
public record MyCourseAssessments(long courseId, String courseTitle, List<MomentState> moments, Growth growth) {

    public MyCourseAssessments {
        moments = List.copyOf(moments);
    }

    /**
     * One moment and the participant's answers at it.
     *
     * @param version 0 before the first save
     */
    public record MomentState(Moment moment, boolean submitted, long version) {}
}
