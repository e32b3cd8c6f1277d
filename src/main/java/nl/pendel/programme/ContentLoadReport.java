package nl.pendel.programme;

import java.time.Instant;
import java.util.List;

/**
 * What the last load of course-content did.
 *
 * @param loadedAt when it ran
 * @param files the files read
 * @param newVersions versions stored by this load, e.g. {@code programme wij-korrewegwijk v2}
 * @param problems what was wrong; those files were not loaded
 */
public record ContentLoadReport(
        Instant loadedAt, List<String> files, List<String> newVersions, List<ContentProblem> problems) {

    public ContentLoadReport {
        files = List.copyOf(files);
        newVersions = List.copyOf(newVersions);
        problems = List.copyOf(problems);
    }

    public static ContentLoadReport none() {
        return new ContentLoadReport(Instant.EPOCH, List.of(), List.of(), List.of());
    }
}
