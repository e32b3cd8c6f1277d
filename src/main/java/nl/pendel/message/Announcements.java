package nl.pendel.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pendel.course.CourseAccess;
import nl.pendel.message.internal.MessageReads.AnnouncementRow;
import nl.pendel.message.internal.MessageReads.ReplyRow;

/** An announcement as its reader sees it, made from its row, the names and the threads read with it. */
final class Announcements {

    private Announcements() {}

    static Announcement of(
            AnnouncementRow row,
            CourseAccess course,
            Map<Long, String> names,
            Map<Long, Integer> numbers,
            List<ReplyRow> replies) {
        String to =
                switch (row.audience()) {
                    case COURSE -> "";
                    case SUBGROUP -> String.valueOf(numbers.getOrDefault(row.subgroupId(), 0));
                    case PERSON -> names.getOrDefault(row.personId(), "?");
                };
        Map<Long, List<ReplyRow>> threads = replies.stream()
                .filter(r -> r.announcementId() == row.id())
                .collect(Collectors.groupingBy(ReplyRow::participantId, LinkedHashMap::new, Collectors.toList()));
        List<Announcement.Thread> list = threads.entrySet().stream()
                .map(e -> new Announcement.Thread(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), "?"),
                        e.getValue().stream()
                                .map(r -> new Announcement.Line(
                                        names.getOrDefault(r.authorId(), "?"),
                                        course.isTrainer(r.authorId()),
                                        r.body(),
                                        r.createdAt()))
                                .toList()))
                .toList();
        return new Announcement(
                row.id(),
                row.audience(),
                to,
                names.getOrDefault(row.authorId(), "?"),
                row.subject(),
                row.body(),
                row.createdAt(),
                list);
    }
}
