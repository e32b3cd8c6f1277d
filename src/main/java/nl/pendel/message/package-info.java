/**
 * Announcements and messages of a course: a trainer writes to the whole course, one subgroup or
 * one participant; each addressee reads them on the course's "Berichten" tab, and answers the
 * trainers in a thread of their own that the other participants never see. The module publishes
 * {@link nl.pendel.message.AnnouncementPosted} and {@link nl.pendel.message.ReplyPosted}; the
 * notification module rings the bell and mails by each person's preference.
 *
 * @see <a href="../../../../../docs/decisions/0018-announcements-and-messages.md">decision 0018</a>
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Announcements and messages")
package nl.pendel.message;
