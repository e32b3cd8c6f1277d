package nl.pendel.runsheet;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.programme.AgendaLead;
import org.jspecify.annotations.Nullable;

/**
 * Everything the run sheet screen shows for one meeting of a course.
 *
 * @param version the stored version to name when saving; 0 while the run sheet is still read from
 *     the programme (the first save stores the course's own copy)
 * @param editable whether the signed-in person may change it (a trainer of the course or an
 *     administrator, while the course is not closed)
 * @param sessions the sessions of the meeting (or the session pattern's slots), to show times for
 */
public record RunSheetPage(
        long courseId,
        String courseTitle,
        long meetingId,
        int meetingPosition,
        String meetingTitle,
        long version,
        boolean editable,
        List<RunSheetItem> items,
        List<RunSheetSession> sessions,
        String trainerName,
        @Nullable String coTrainerName) {

    public RunSheetPage {
        items = List.copyOf(items);
        sessions = List.copyOf(sessions);
    }

    /** Whether the course has its own copy yet (else it is read from the programme). */
    public boolean stored() {
        return version > 0;
    }

    /** The start time of each item, and after them the end, when the session starts at {@code start}. */
    public static List<LocalTime> times(LocalTime start, List<RunSheetItem> items) {
        List<LocalTime> times = new ArrayList<>(items.size() + 1);
        LocalTime at = start;
        times.add(at);
        for (RunSheetItem item : items) {
            at = at.plusMinutes(item.minutes());
            times.add(at);
        }
        return times;
    }

    /** All items' minutes together. */
    public int totalMinutes() {
        return items.stream().mapToInt(RunSheetItem::minutes).sum();
    }

    /**
     * Who leads the item, by name: the course's trainer or co-trainer, the guest by the typed
     * name; empty for "everyone" and for a co-trainer the course does not have (see
     * {@link #withoutCoTrainer}).
     */
    public String leadName(RunSheetItem item) {
        return switch (item.lead()) {
            case TRAINER -> trainerName;
            case CO_TRAINER -> coTrainerName == null ? "" : coTrainerName;
            case GUEST -> item.guestName();
            case ALL -> "";
        };
    }

    /** Whether the item is the co-trainer's while the course has none (the view and the PDF say so). */
    public boolean withoutCoTrainer(RunSheetItem item) {
        return item.lead() == AgendaLead.CO_TRAINER && coTrainerName == null;
    }

    /** The translation key of the lead's kind, e.g. {@code runsheet.lead.trainer}. */
    public static String leadKey(AgendaLead lead) {
        return "runsheet.lead." + lead.contentName();
    }
}
