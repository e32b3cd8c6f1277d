package nl.pendel.runsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.pendel.programme.AgendaItem;
import nl.pendel.programme.AgendaLead;

/**
 * The run sheet of a meeting before the course has its own: the course's agenda of the meeting
 * (its own copy of the programme's, which its trainers may have changed), each item with the
 * minutes, lead and needs the programme gives the item of the same title; an item the programme
 * does not know takes {@value RunSheetItem#DEFAULT_MINUTES} minutes and is led by the trainer.
 */
final class RunSheetTemplate {

    private RunSheetTemplate() {
        // functions only, no instances
    }

    static List<RunSheetItem> items(List<String> courseAgenda, List<AgendaItem> programmeAgenda) {
        Map<String, AgendaItem> byTitle = new HashMap<>();
        programmeAgenda.forEach(item -> byTitle.putIfAbsent(item.title().strip(), item));
        return courseAgenda.stream()
                .map(title -> {
                    AgendaItem known = byTitle.get(title.strip());
                    if (known == null) {
                        return new RunSheetItem(title, RunSheetItem.DEFAULT_MINUTES, AgendaLead.TRAINER, "", "");
                    }
                    return new RunSheetItem(
                            title,
                            known.minutes() == null ? RunSheetItem.DEFAULT_MINUTES : known.minutes(),
                            known.lead() == null ? AgendaLead.TRAINER : known.lead(),
                            "",
                            known.needs());
                })
                .toList();
    }
}
