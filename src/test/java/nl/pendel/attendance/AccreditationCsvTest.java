package nl.pendel.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccreditationCsvTest {

    @Test
    void fields_are_quoted_as_rfc_4180_says_only_when_needed() {
        assertThat(AccreditationCsv.field("Eliëtte Çelik")).isEqualTo("Eliëtte Çelik");
        assertThat(AccreditationCsv.field("Zorg; Welzijn")).isEqualTo("\"Zorg; Welzijn\"");
        assertThat(AccreditationCsv.field("De \"Brug\"")).isEqualTo("\"De \"\"Brug\"\"\"");
        assertThat(AccreditationCsv.field("twee\nregels")).isEqualTo("\"twee\nregels\"");
        assertThat(AccreditationCsv.field("")).isEmpty();
    }

    @Test
    void a_field_starting_like_a_formula_gets_an_apostrophe() {
        assertThat(AccreditationCsv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(AccreditationCsv.field("+31 50")).isEqualTo("'+31 50");
        assertThat(AccreditationCsv.field("-5")).isEqualTo("'-5");
        assertThat(AccreditationCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AccreditationCsv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AccreditationCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(AccreditationCsv.field("Jan-Willem")).isEqualTo("Jan-Willem");
    }

    @Test
    void hours_have_a_decimal_comma() {
        assertThat(AccreditationCsv.hours(4)).isEqualTo("4,0");
        assertThat(AccreditationCsv.hours(3.75)).isEqualTo("3,75");
        assertThat(AccreditationCsv.hours(12.5)).isEqualTo("12,5");
    }

    @Test
    void file_name_is_a_plain_slug_of_the_course_title() {
        assertThat(AccreditationService.fileName("WIJ-Korrewegwijk: voorjaar 2027 (Ç/é)", "csv"))
                .isEqualTo("accreditatie-wij-korrewegwijk-voorjaar-2027-c-e.csv");
        assertThat(AccreditationService.fileName("!!!", "pdf")).isEqualTo("accreditatie.pdf");
    }
}
