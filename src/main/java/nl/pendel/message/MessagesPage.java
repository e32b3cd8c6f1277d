package nl.pendel.message;

import java.util.List;
import nl.pendel.course.CourseAccess;

/**
 * The course's "Berichten" tab for its reader: the announcements they may read, newest first;
 * whether they write announcements (a trainer of the course) or reply (a participant); and for a
 * trainer the subgroups and participants to address.
 */
public record MessagesPage(
        CourseAccess access,
        String courseTitle,
        boolean canAnnounce,
        boolean canReply,
        List<Announcement> announcements,
        List<Addressee> subgroups,
        List<Addressee> participants) {

    public MessagesPage {
        announcements = List.copyOf(announcements);
        subgroups = List.copyOf(subgroups);
        participants = List.copyOf(participants);
    }

    /** A subgroup (by its number) or a participant (by name) to write to. */
    public record Addressee(long id, String label) {}
}
