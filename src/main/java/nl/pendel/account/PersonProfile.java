package nl.pendel.account;

import org.jspecify.annotations.Nullable;

/** What colleagues may see of a person in a course: name, discipline and where they work. */
public record PersonProfile(
        long id,
        String displayName,
        @Nullable Discipline discipline,
        @Nullable Long organisationId,
        @Nullable Long teamId) {}
