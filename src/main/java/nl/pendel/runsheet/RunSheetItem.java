package nl.pendel.runsheet;

import nl.pendel.programme.AgendaLead;

/**
 * One item of a run sheet: what happens, for how many minutes, who leads it ({@code guestName}
 * only when a guest does, else empty) and what is needed (empty when nothing). The limits are
 * shared by the service's checks and the form's fields.
 */
public record RunSheetItem(String title, int minutes, AgendaLead lead, String guestName, String needs) {

    public static final int TITLE_MAX = 500;
    public static final int GUEST_MAX = 120;
    public static final int NEEDS_MAX = 500;
    public static final int MINUTES_MIN = 1;
    public static final int MINUTES_MAX = 480;
    /** The most items one run sheet holds. */
    public static final int ITEMS_MAX = 40;
    /** The most minutes a whole run sheet may take: twelve hours. */
    public static final int TOTAL_MAX = 720;
    /** What an item takes when the programme does not say. */
    public static final int DEFAULT_MINUTES = 15;
}
