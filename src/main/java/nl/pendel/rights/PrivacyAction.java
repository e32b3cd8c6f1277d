package nl.pendel.rights;

import java.time.Instant;

/** One export or erasure: whose data, by whom, when. */
public record PrivacyAction(
        Instant at,
        PrivacyActionKind kind,
        long subjectId,
        String subjectName,
        long actorId,
        String actorName,
        String detail) {}
