package nl.pendel.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.internal.ScoreViewStore;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The log of openings of members' scores with the names of the people and the titles of the
 * courses: for the member themselves and for the administrators' audit. No checks here: the
 * services that call it check who asks.
 */
@Component
class ScoreViewLog {

    private final ScoreViewStore store;
    private final PersonService people;
    private final CourseService courses;

    ScoreViewLog(ScoreViewStore store, PersonService people, CourseService courses) {
        this.store = store;
        this.people = people;
        this.courses = courses;
    }

    /**
     * Who opened this person's scores, newest first; course titles from {@code myCourses} (the
     * person's own courses), any other course asked of the courses.
     */
    List<MemberScores.View> of(long personId, List<CourseSummary> myCourses) {
        List<ScoreViewStore.Entry> entries = store.of(personId);
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, String> viewers =
                names(entries.stream().map(ScoreViewStore.Entry::viewerId).collect(Collectors.toSet()));
        Map<Long, String> titles =
                myCourses.stream().collect(Collectors.toMap(CourseSummary::id, CourseSummary::title, (a, b) -> a));
        return entries.stream()
                .map(e -> new MemberScores.View(
                        e.viewedAt(),
                        viewers.getOrDefault(e.viewerId(), "?"),
                        titles.computeIfAbsent(
                                e.courseId(), id -> courses.summary(id).title())))
                .toList();
    }

    /** A page of everyone's openings, or of those where this person is the member or the viewer. */
    List<MemberScores.LoggedView> page(@Nullable Long personId, int offset, int limit) {
        List<ScoreViewStore.Entry> entries = store.page(personId, offset, limit);
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> {
            ids.add(e.personId());
            ids.add(e.viewerId());
        });
        Map<Long, String> names = names(ids);
        Map<Long, String> titles = courses.titles(
                entries.stream().map(ScoreViewStore.Entry::courseId).collect(Collectors.toSet()));
        return entries.stream()
                .map(e -> new MemberScores.LoggedView(
                        e.viewedAt(),
                        e.personId(),
                        names.getOrDefault(e.personId(), "?"),
                        e.viewerId(),
                        names.getOrDefault(e.viewerId(), "?"),
                        titles.get(e.courseId())))
                .toList();
    }

    long count(@Nullable Long personId) {
        return store.count(personId);
    }

    private Map<Long, String> names(Set<Long> ids) {
        return people.profiles(ids).stream().collect(Collectors.toMap(PersonProfile::id, PersonProfile::displayName));
    }
}
