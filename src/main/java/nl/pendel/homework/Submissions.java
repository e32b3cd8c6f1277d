package nl.pendel.homework;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonProfile;
import nl.pendel.homework.internal.HomeworkFileStore;
import nl.pendel.homework.internal.HomeworkReads.Version;
import nl.pendel.homework.internal.HomeworkStore.FeedbackRow;
import nl.pendel.homework.internal.HomeworkStore.SubmissionRow;
import org.springframework.stereotype.Component;

/** Versions handed in as the trainers read them: with their files and the feedback on them. */
@Component
class Submissions {

    private final HomeworkFileStore files;
    private final TrainerCourses trainerCourses;

    Submissions(HomeworkFileStore files, TrainerCourses trainerCourses) {
        this.files = files;
        this.trainerCourses = trainerCourses;
    }

    /**
     * These versions with their files and feedback; the trainers' names from {@code known} (the
     * people read already) or, for anyone else, read now.
     */
    List<Submission> of(List<Version> versions, Map<Long, PersonProfile> known) {
        Map<Long, List<HomeworkFile>> filesOf = files.submittedFiles(
                versions.stream().map(v -> v.submission().id()).toList());
        Set<Long> trainerIds = versions.stream()
                .flatMap(v -> v.feedback().stream())
                .map(FeedbackRow::trainerId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<Long, PersonProfile> trainers = new HashMap<>(known);
        trainerIds.removeAll(known.keySet());
        trainers.putAll(trainerCourses.profiles(trainerIds));
        return versions.stream()
                .map(v -> submission(v, filesOf.getOrDefault(v.submission().id(), List.of()), trainers))
                .toList();
    }

    private static Submission submission(Version version, List<HomeworkFile> files, Map<Long, PersonProfile> trainers) {
        SubmissionRow s = version.submission();
        return new Submission(
                s.id(),
                s.number(),
                s.submittedAt(),
                s.late(),
                s.withdrawnAt(),
                s.body(),
                files,
                version.feedback().stream()
                        .map(f -> new Feedback(
                                f.id(),
                                trainers.containsKey(f.trainerId())
                                        ? trainers.get(f.trainerId()).displayName()
                                        : "?",
                                f.givenAt(),
                                f.body(),
                                f.outcome()))
                        .toList());
    }
}
