package nl.pendel.runsheet;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.programme.AgendaLead;
import nl.pendel.shared.OneLineText;
import nl.pendel.shared.StorableText;
import nl.pendel.shared.Texts;
import nl.pendel.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a run sheet before it is stored, each refusal a Dutch message naming the item
 * ("Onderdeel 3: …"); nothing is stored when one fails. Texts are stripped, a guest's name is kept
 * only when a guest leads, and every text passes the privacy guard ({@link StorableText}).
 */
final class RunSheetRules {

    private RunSheetRules() {
        // functions only, no instances
    }

    /** The items as they will be stored, or a refusal. */
    static List<RunSheetItem> checked(@Nullable List<@Nullable RunSheetItem> items) {
        if (items == null || items.isEmpty()) {
            throw new UserFacingException("runsheet.error.no-items");
        }
        if (items.size() > RunSheetItem.ITEMS_MAX) {
            throw new UserFacingException("runsheet.error.too-many-items", RunSheetItem.ITEMS_MAX);
        }
        List<RunSheetItem> result = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            RunSheetItem item = checked(i + 1, items.get(i));
            total += item.minutes();
            result.add(item);
        }
        if (total > RunSheetItem.TOTAL_MAX) {
            throw new UserFacingException("runsheet.error.total-too-long", RunSheetItem.TOTAL_MAX / 60);
        }
        return List.copyOf(result);
    }

    /** One item as it will be stored, or a refusal that names it by its position. */
    static RunSheetItem checked(int position, @Nullable RunSheetItem item) {
        if (item == null) {
            throw refused(position, "runsheet.error.title-required");
        }
        String title = strip(item.title());
        if (Texts.blank(title)) {
            throw refused(position, "runsheet.error.title-required");
        }
        lengthAndLine(position, title, RunSheetItem.TITLE_MAX, "runsheet.error.title-too-long");
        if (item.minutes() < RunSheetItem.MINUTES_MIN || item.minutes() > RunSheetItem.MINUTES_MAX) {
            throw refused(position, "runsheet.error.minutes-range", RunSheetItem.MINUTES_MIN, RunSheetItem.MINUTES_MAX);
        }
        AgendaLead lead = item.lead();
        if (lead == null) {
            throw refused(position, "runsheet.error.lead-required");
        }
        String guest = lead == AgendaLead.GUEST ? strip(item.guestName()) : "";
        if (lead == AgendaLead.GUEST && Texts.blank(guest)) {
            throw refused(position, "runsheet.error.guest-required");
        }
        lengthAndLine(position, guest, RunSheetItem.GUEST_MAX, "runsheet.error.guest-too-long");
        String needs = strip(item.needs());
        needs = Texts.blank(needs) ? "" : needs;
        lengthAndLine(position, needs, RunSheetItem.NEEDS_MAX, "runsheet.error.needs-too-long");
        StorableText.checkAll(List.of(title, guest, needs));
        return new RunSheetItem(title, item.minutes(), lead, guest, needs);
    }

    private static void lengthAndLine(int position, String text, int max, String tooLong) {
        if (text.codePointCount(0, text.length()) > max) {
            throw refused(position, tooLong, max);
        }
        if (!OneLineText.holds(text)) {
            throw refused(position, "runsheet.error.one-line");
        }
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static UserFacingException refused(int position, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = position;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new UserFacingException(key, all);
    }
}
