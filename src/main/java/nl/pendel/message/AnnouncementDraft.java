package nl.pendel.message;

import org.jspecify.annotations.Nullable;

/**
 * A new announcement as the trainer wrote it: for the course, for subgroup {@code subgroupId}, or
 * for participant {@code personId}.
 */
public record AnnouncementDraft(
        Audience audience,
        @Nullable Long subgroupId,
        @Nullable Long personId,
        @Nullable String subject,
        @Nullable String body) {

    public static AnnouncementDraft toCourse(String subject, String body) {
        return new AnnouncementDraft(Audience.COURSE, null, null, subject, body);
    }

    public static AnnouncementDraft toSubgroup(long subgroupId, String subject, String body) {
        return new AnnouncementDraft(Audience.SUBGROUP, subgroupId, null, subject, body);
    }

    public static AnnouncementDraft toPerson(long personId, String subject, String body) {
        return new AnnouncementDraft(Audience.PERSON, null, personId, subject, body);
    }
}
