package nl.pendel.message;

/** A trainer posted an announcement: its addressees are told. */
public record AnnouncementPosted(long announcementId) {}
