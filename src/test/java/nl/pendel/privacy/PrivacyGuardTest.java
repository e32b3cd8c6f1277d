package nl.pendel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrivacyGuardTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final PrivacyGuard guard = guardIn("2026-06-15T10:00:00Z");

    // ---- BSN

    @Test
    void a_nine_digit_number_passing_the_eleven_proof_blocks() {
        // 9×1 + 8×1 + 7×1 + 6×2 + 5×2 + 4×2 + 3×3 + 2×3 − 3 = 66 = 6 × 11
        PrivacyScan scan = guard.scan("Cliënt met bsn 111222333 belde.");

        assertThat(scan.findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.BSN, "111222333"));
        assertThat(scan.blocks()).isTrue();
        assertThat(scan.warns()).isFalse();
    }

    @Test
    void a_nine_digit_number_failing_the_eleven_proof_is_not_flagged() {
        assertThat(guard.scan("Het dossiernummer 123456789 staat op de brief.").findings())
                .isEmpty();
        assertThat(guard.scan("Klantnummer 447712782 bij het energiebedrijf.").findings())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"725763863", "725.763.863", "725 763 863", "7257 63 863", "72 57 63 863"})
    void a_bsn_is_found_as_written_with_dots_or_spaces(String written) {
        assertThat(guard.scan("Zijn BSN is " + written + ", dat staat in de brief.")
                        .findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.BSN, written));
    }

    @Test
    void nine_zeros_pass_the_sum_but_are_not_a_bsn() {
        assertThat(guard.scan("Nummer 000000000 ingevuld.").findings()).isEmpty();
    }

    @Test
    void nine_valid_digits_inside_a_longer_number_are_not_a_bsn() {
        assertThat(guard.scan("Kenmerk 1112223334 en 01112223330 en X111222333.")
                        .findings())
                .isEmpty();
        assertThat(guard.scan("Betalingskenmerk 3000 111 222 333 4 vermelden.").findings())
                .isEmpty();
    }

    @Test
    void an_amount_in_euros_grouped_like_a_bsn_is_not_a_bsn() {
        assertThat(guard.scan("De gemeente trekt € 111.222.333 uit.").findings())
                .isEmpty();
        assertThat(guard.scan("Het fonds is 111.222.333 euro groot.").findings())
                .isEmpty();
    }

    // ---- IBAN

    @ParameterizedTest
    @ValueSource(strings = {"NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "nl91abna0417164300"})
    void an_iban_with_a_valid_checksum_blocks_with_or_without_spaces(String written) {
        PrivacyScan scan = guard.scan("De huur gaat van " + written + " af.");

        assertThat(scan.findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.IBAN, written));
        assertThat(scan.blocks()).isTrue();
    }

    @Test
    void an_iban_with_a_wrong_checksum_is_not_flagged_and_its_digits_are_no_phone_number() {
        // 0417 1643 01 would otherwise read as a landline number with area code 0417
        assertThat(guard.scan("De rekening NL91 ABNA 0417 1643 01 klopte niet.").findings())
                .isEmpty();
    }

    @Test
    void an_iban_too_short_for_its_country_is_not_flagged() {
        assertThat(guard.scan("Rekening NL91ABNA041716430 mist een cijfer.").findings())
                .isEmpty();
    }

    @Test
    void foreign_ibans_are_checked_against_their_own_country_length() {
        String text = "Belgisch BE68 5390 0754 7034 en Duits DE89 3704 0044 0532 0130 00.";

        assertThat(guard.scan(text).findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(
                        tuple(FindingKind.IBAN, "BE68 5390 0754 7034"),
                        tuple(FindingKind.IBAN, "DE89 3704 0044 0532 0130 00"));
    }

    @Test
    void the_words_after_an_iban_are_not_part_of_it() {
        assertThat(guard.scan("Op NL91ABNA0417164300 EN daarna niets.").findings())
                .extracting(PrivacyFinding::excerpt)
                .containsExactly("NL91ABNA0417164300");
    }

    // ---- phone numbers

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06-12345678",
                "06 1234 5678",
                "0612345678",
                "06 - 12 34 56 78",
                "(06) 12345678",
                "+31 6 12345678",
                "+31612345678",
                "+31 (0)6 12345678",
                "0031 6 12345678",
                "+316-12345678"
            })
    void dutch_mobile_numbers_warn_in_every_common_notation(String written) {
        PrivacyScan scan = guard.scan("Ze is bereikbaar op " + written + ", liefst 's middags.");

        assertThat(scan.findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.PHONE, written));
        assertThat(scan.warns()).isTrue();
        assertThat(scan.blocks()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "050-1234567",
                "050 123 4567",
                "020-1234567",
                "0501234567",
                "(050) 123 45 67",
                "0598-123456",
                "+31 50 1234567",
                "085-1234567"
            })
    void dutch_landline_numbers_warn(String written) {
        assertThat(guard.scan("Vaste telefoon: " + written + ".").findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.PHONE, written));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bel de zorgverzekeraar op 088-1234567.",
                "Het Juridisch Loket: 0900-8020.",
                "Gratis: 0800-8115.",
                "Bij nood bel je 112.",
                "Hij gaf 0612345 op, dat is te kort.",
                "Klantnummer 1234567890 bij de woningcorporatie."
            })
    void organisation_service_short_and_incomplete_numbers_are_not_flagged(String text) {
        assertThat(guard.scan(text).findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In 2025 waren er 1200 aanmeldingen.",
                "De schuld is € 1.234,56 en de huur €450,-.",
                "Inloop van 08:30 tot 12:30, daarna van 13.30 tot 16.30 uur.",
                "De bijeenkomst is op 06-12-2026 om 10:00.",
                "Op 01-02-2026 12 deelnemers."
            })
    void years_amounts_times_and_meeting_dates_are_no_personal_data(String text) {
        assertThat(guard.scan(text).findings()).isEmpty();
    }

    // ---- e-mail

    @Test
    void an_email_address_warns() {
        assertThat(guard.scan("Ze mailt vanaf bakker.fam@hotmail.com als ze vragen heeft.")
                        .findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.EMAIL, "bakker.fam@hotmail.com"));
    }

    @Test
    void a_general_address_of_an_organisation_is_not_flagged() {
        assertThat(guard.scan("Mail info@pendel.nl of secretariaat@wijgroningen.nl.")
                        .findings())
                .isEmpty();
    }

    // ---- addresses

    @ParameterizedTest
    @ValueSource(strings = {"9712 AB 12", "9712AB 12a", "9712 AB", "9712AB"})
    void a_postcode_with_or_without_house_number_warns_as_one_finding(String written) {
        assertThat(guard.scan("Het adres is " + written + ", tweede verdieping.")
                        .findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.POSTCODE_HOUSE_NUMBER, written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Korreweg 12", "Oosterstraat 14-2", "Vinkenstraat 3b", "Paterswoldseweg 101-A"})
    void a_street_with_a_house_number_warns(String written) {
        assertThat(guard.scan("Hij woont aan de " + written + " met zijn zoon.").findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.POSTCODE_HOUSE_NUMBER, written));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In bijeenkomst 2 bespreken we groep 3 en week 12.",
                "Ik fietste door de Oosterstraat naar het buurthuis.",
                "WIJ Korrewegwijk en Humanitas werken samen.",
                "Het postcodegebied 9712 is het drukst.",
                "Stap 3, hoofdstuk 4 en module 2."
            })
    void numbered_steps_streets_without_a_number_and_organisations_are_no_address(String text) {
        assertThat(guard.scan(text).findings()).isEmpty();
    }

    // ---- dates of birth

    @ParameterizedTest
    @CsvSource(
            value = {
                "geboren 12-03-1985|12-03-1985",
                "geb. 12 maart 1985|12 maart 1985",
                "geboortedatum: 1985-03-12|1985-03-12",
                "d.o.b. 03/07/1962|03/07/1962",
                "geb. 02-11-88|02-11-88",
                "haar zoon, geboren op 3 mei 2026|3 mei 2026"
            },
            delimiter = '|')
    void a_date_next_to_a_birth_word_warns(String text, String date) {
        assertThat(guard.scan("Mevrouw, " + text + ", woont alleen.").findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.DATE_OF_BIRTH, date));
    }

    @Test
    void a_full_date_with_an_adult_birth_year_warns_without_a_birth_word() {
        assertThat(guard.scan("Zijn vrouw (21-06-1948) en hij (5 mei 1950).").findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(
                        tuple(FindingKind.DATE_OF_BIRTH, "21-06-1948"), tuple(FindingKind.DATE_OF_BIRTH, "5 mei 1950"));
    }

    @Test
    void meeting_dates_in_recent_current_and_coming_years_are_not_flagged() {
        assertThat(guard.scan("Bijeenkomst op 12-03-2027, evaluatie op 14 maart 2026, start 1 januari 2019.")
                        .findings())
                .isEmpty();
    }

    @Test
    void a_date_next_to_another_event_is_not_a_birth_date() {
        assertThat(guard.scan("Op 14-02-2009 overleed haar man. Sinds 01-09-2010 werkt hij.")
                        .findings())
                .isEmpty();
    }

    @Test
    void which_years_count_as_birth_years_follows_the_clock() {
        String text = "Op 14 maart 2026 kwam zij bij ons.";

        assertThat(guard.scan(text).findings()).isEmpty();
        assertThat(guardIn("2040-01-01T10:00:00Z").scan(text).findings())
                .extracting(PrivacyFinding::kind)
                .containsExactly(FindingKind.DATE_OF_BIRTH);
    }

    @Test
    void a_year_or_a_day_without_a_year_is_not_a_date_of_birth() {
        assertThat(guard.scan("Ze is in 1985 geboren en jarig op 17 oktober.").findings())
                .isEmpty();
    }

    @Test
    void a_date_that_does_not_exist_is_not_flagged() {
        assertThat(guard.scan("Geboren 31-02-1985 volgens het formulier.").findings())
                .isEmpty();
    }

    // ---- residents' names

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mevrouw Jansen",
                "mevr. De Vries",
                "meneer van der Berg",
                "dhr. El Amrani",
                "mw Bakker",
                "familie El Amrani",
                "familie Yilmaz",
                "gezin Kok",
                "meneer en mevrouw Smit",
                "de heer Pietersen",
                "cliënt Jansen",
                "bewoner Jansen",
                "mevrouw J. de Boer",
                "meneer 't Hart",
                "mevrouw Jansen-de Vries",
                "mevrouw Özdemir"
            })
    void a_title_or_family_word_with_a_capitalised_surname_warns(String name) {
        assertThat(guard.scan("Gisteren sprak ik " + name + " over de post.").findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.RESIDENT_NAME, name));
    }

    @Test
    void the_article_before_familie_or_gezin_is_not_part_of_the_name() {
        assertThat(guard.scan("De familie El Amrani en het gezin Kok.").findings())
                .extracting(PrivacyFinding::excerpt)
                .containsExactly("familie El Amrani", "gezin Kok");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mevrouw vertelde dat ze zich schaamt.",
                "De familie wil dat de zoon naar school gaat.",
                "Meneer de wijkagent kwam langs.",
                "Mevrouw van de thuiszorg komt drie keer per week.",
                "Meneer van Humanitas helpt met de administratie.",
                "Ik sprak mevrouw de wethouder.",
                "Cliënt vertelde dat hij schulden heeft.",
                "De familie in de Selwerd wil meer activiteiten.",
                "Mevrouw van WIJ belde terug."
            })
    void a_title_without_a_capitalised_surname_is_not_a_name(String text) {
        assertThat(guard.scan(text).findings()).isEmpty();
    }

    // ---- the scan as a whole

    @Test
    void offsets_point_at_the_excerpt_so_a_screen_can_highlight_it() {
        String text = "Mevrouw Jansen (06-12345678) heeft IBAN NL91ABNA0417164300.";

        List<PrivacyFinding> findings = guard.scan(text).findings();

        assertThat(findings)
                .extracting(PrivacyFinding::kind, PrivacyFinding::start, PrivacyFinding::end)
                .containsExactly(
                        tuple(FindingKind.RESIDENT_NAME, 0, 14),
                        tuple(FindingKind.PHONE, 16, 27),
                        tuple(FindingKind.IBAN, 40, 58));
        assertThat(findings)
                .allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
    }

    @Test
    void a_blocking_finding_wins_over_a_warning_on_the_same_span() {
        // the BBAN digits 0212 3456 78 also read as a landline number with area code 021
        PrivacyScan scan = guard.scan("Huur gaat naar NL63 TRIO 0212 3456 78 van de verhuurder.");

        assertThat(scan.findings())
                .extracting(PrivacyFinding::kind, PrivacyFinding::excerpt)
                .containsExactly(tuple(FindingKind.IBAN, "NL63 TRIO 0212 3456 78"));
    }

    @Test
    void the_scan_separates_blocking_findings_from_warnings() {
        PrivacyScan scan = guard.scan("Mevrouw Bos, bsn 111222333, mail bos@example.nl.");

        assertThat(scan.blocks()).isTrue();
        assertThat(scan.warns()).isTrue();
        assertThat(scan.blocking()).extracting(PrivacyFinding::kind).containsExactly(FindingKind.BSN);
        assertThat(scan.warnings())
                .extracting(PrivacyFinding::kind)
                .containsExactly(FindingKind.RESIDENT_NAME, FindingKind.EMAIL);
    }

    @Test
    void a_text_about_the_caseload_without_personal_data_passes() {
        PrivacyScan scan = guard.scan("Ik zie veel eenzaamheid bij ouderen in de Korrewegwijk. In bijeenkomst 2 "
                + "bespreken we schaamte bij geldzorgen; de huurachterstanden lopen op tot € 2.500.");

        assertThat(scan.findings()).isEmpty();
        assertThat(scan.blocks()).isFalse();
        assertThat(scan.warns()).isFalse();
    }

    @Test
    void an_empty_or_missing_text_has_no_findings() {
        assertThat(guard.scan("").findings()).isEmpty();
        assertThat(guard.scan(null).findings()).isEmpty();
    }

    @Test
    void a_long_text_is_scanned_to_the_end() {
        String paragraph = "Ik zie veel eenzaamheid bij ouderen in de wijk, de wachtlijst is 6 tot 8 weken. ";
        String text = paragraph.repeat(250) + "Mevrouw Jansen belt vanaf 06-12345678.";

        List<PrivacyFinding> findings = guard.scan(text).findings();

        assertThat(text).hasSizeGreaterThan(20_000);
        assertThat(findings)
                .extracting(PrivacyFinding::kind)
                .containsExactly(FindingKind.RESIDENT_NAME, FindingKind.PHONE);
        assertThat(findings.getLast().end()).isEqualTo(text.length() - 1);
    }

    @Test
    void each_kind_has_a_translation_key_and_only_bsn_and_iban_block() {
        assertThat(FindingKind.BSN.translationKey()).isEqualTo("privacy.kind.BSN");
        assertThat(FindingKind.POSTCODE_HOUSE_NUMBER.translationKey()).isEqualTo("privacy.kind.POSTCODE_HOUSE_NUMBER");
        assertThat(List.of(FindingKind.values()))
                .filteredOn(FindingKind::blocks)
                .containsExactly(FindingKind.BSN, FindingKind.IBAN);
    }

    private static PrivacyGuard guardIn(String instant) {
        return new PrivacyGuard(Clock.fixed(Instant.parse(instant), AMSTERDAM));
    }
}
