package nl.pendel.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentModelTest {

    @Test
    void a_programme_without_caseload_themes_hashes_as_before_the_fields_existed() {
        String canonical = ContentModel.canonical(programme("", false));

        assertThat(canonical)
                .isEqualTo("[key=p, title=Programma, summary=, goals=[Doel], frameworkKey=k, planTemplateKey=s,"
                        + " subgroups=1, slots=[Slot[subgroup=1, day=1, start=09:00, end=12:00]],"
                        + " meetings=[Meeting[title=Eerste, theme=, preparationTitle=Voorbereiding,"
                        + " preparationInstructions=Lees dit., agenda=[Opening]]]]");
    }

    @Test
    void a_theme_list_or_a_meeting_asking_for_themes_changes_the_hash() {
        String plain = ContentModel.canonical(programme("", false));
        String withList = ContentModel.canonical(programme("thema-s", false));
        String asking = ContentModel.canonical(programme("thema-s", true));

        assertThat(List.of(plain, withList, asking)).doesNotHaveDuplicates();
        assertThat(asking).contains("asksCaseloadThemes=true").endsWith(", caseloadThemesKey=thema-s]");
    }

    private static ContentModel.Programme programme(String themesKey, boolean asks) {
        return new ContentModel.Programme(
                "programmes/p.yaml",
                "p",
                "Programma",
                "",
                List.of("Doel"),
                "k",
                "s",
                1,
                List.of(new ContentModel.Slot(1, 1, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of(new ContentModel.Meeting(
                        "Eerste",
                        "",
                        "Voorbereiding",
                        "Lees dit.",
                        List.of(new ContentModel.AgendaItem("Opening", null, null, "")),
                        asks)),
                themesKey);
    }
}
