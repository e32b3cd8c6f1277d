package nl.pendel.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.pendel.programme.AgendaLead;
import nl.pendel.programme.ContentProblem;
import org.junit.jupiter.api.Test;

/** A meeting's agenda in course-content: plain texts and items with run-sheet details, side by side. */
class AgendaItemsTest {

    private static final String PROGRAMME = """
            key: p
            title: Programma
            competence-framework: k
            plan-template: s
            session-pattern:
              subgroups: 1
              slots:
                - { subgroup: 1, day: 1, start: "08:30", end: "12:30" }
            meetings:
              - title: Eerste
                preparation: { title: Voorbereiding, instructions: Lees dit. }
                agenda:
            %s
            """;

    @Test
    void plain_texts_and_items_with_minutes_lead_and_needs_are_read_in_order() {
        List<ContentProblem> problems = new ArrayList<>();
        var programme = ContentParser.programme("programmes/p.yaml", PROGRAMME.formatted("""
                      - Opening
                      - { title: Beelden verzamelen, minutes: 40, lead: all, needs: "Flip-over, post-its" }
                      - title: Historische schets
                        minutes: 45
                        lead: co-trainer
                      - { title: Verhaal uit de wijk, lead: guest }
                """), problems);

        assertThat(problems).isEmpty();
        assertThat(programme.meetings().getFirst().agenda())
                .containsExactly(
                        new ContentModel.AgendaItem("Opening", null, null, ""),
                        new ContentModel.AgendaItem("Beelden verzamelen", 40, AgendaLead.ALL, "Flip-over, post-its"),
                        new ContentModel.AgendaItem("Historische schets", 45, AgendaLead.CO_TRAINER, ""),
                        new ContentModel.AgendaItem("Verhaal uit de wijk", null, AgendaLead.GUEST, ""));
    }

    @Test
    void a_plain_text_item_hashes_as_before_items_could_carry_details() {
        assertThat(new ContentModel.AgendaItem("Opening", null, null, "").toString())
                .isEqualTo("Opening");
        assertThat(new ContentModel.AgendaItem("Opening", 15, AgendaLead.TRAINER, "").toString())
                .isEqualTo("AgendaItem[title=Opening, minutes=15, lead=TRAINER, needs=]");
    }

    @Test
    void a_wrong_lead_minutes_out_of_range_a_missing_title_and_an_unknown_field_name_the_item() {
        List<ContentProblem> problems = new ArrayList<>();
        var programme = ContentParser.programme("programmes/p.yaml", PROGRAMME.formatted("""
                      - { title: Opening, lead: spreker }
                      - { title: Pauze, minutes: 0 }
                      - { minutes: 20 }
                      - { title: Afsluiting, duur: 10 }
                      - 42
                """), problems);

        assertThat(programme).isNull();
        assertThat(problems)
                .extracting(p -> p.field() + ": " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "meetings[1].agenda[1].lead: content.error.agenda-lead",
                        "meetings[1].agenda[2].minutes: content.error.out-of-range",
                        "meetings[1].agenda[3].title: content.error.required",
                        "meetings[1].agenda[4].duur: content.error.unknown-field",
                        "meetings[1].agenda[5]: content.error.not-text");
    }
}
