package nl.pendel.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccreditationCsvTest {

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
