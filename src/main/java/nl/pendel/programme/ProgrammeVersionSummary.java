package nl.pendel.programme;

import java.time.Instant;

/** One stored version of a programme, for lists. */
public record ProgrammeVersionSummary(
        long id,
        String key,
        int versionNo,
        boolean latest,
        String title,
        int meetingCount,
        int subgroupCount,
        String frameworkTitle,
        int frameworkVersionNo,
        String sourceFile,
        Instant loadedAt) {}
