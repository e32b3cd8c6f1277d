package nl.pendel.completion;

import java.time.LocalDate;
import java.util.List;

/** What a certificate of participation says. */
record Certificate(
        String name,
        String courseTitle,
        List<Meeting> meetings,
        double hours,
        String registerNumber,
        List<String> trainers,
        LocalDate issuedOn) {

    /** A meeting of the programme and the dates it was held for the person's subgroup. */
    record Meeting(int position, String title, List<LocalDate> dates) {}
}
