package nl.pendel.completion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.account.PersonSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issuing certificates: idempotent, and every register number unique. */
@IntegrationTest
class CertificateStoreTest {

    @Autowired
    TestData testData;

    @Autowired
    CertificateStore store;

    @Autowired
    List<nl.pendel.shared.personaldata.PersonalData> personalData;

    @Autowired
    nl.pendel.shared.Translations translations;

    @Test
    void the_export_lists_the_certificate_and_erasure_keeps_the_number_without_the_person() {
        CourseFixture fixture = testData.course(3);
        long course = fixture.course().id();
        PersonSummary person = fixture.participants().getFirst();
        store.issue(course, List.of(person.id()), 2026, fixture.trainer().id(), Instant.now());
        String number = store.ofCourse(course).get(person.id()).registerNumber();
        var part = personalData.stream()
                .filter(p -> p.part().equals("certificates"))
                .findFirst()
                .orElseThrow();
        var labels =
                new nl.pendel.shared.personaldata.ExportLabels(translations, java.util.Locale.forLanguageTag("nl"));
        assertThat(part.export(person.id(), labels).toString()).contains(number);
        assertThat(part.export(fixture.trainer().id(), labels).toString())
                .as("the trainer who issued it")
                .contains(number);

        assertThat(part.erase(person.id())).isEqualTo(1);

        assertThat(part.export(person.id(), labels).toString()).doesNotContain(number);
        assertThat(store.ofCourse(course)).isEmpty();
        assertThat(store.issue(
                        course,
                        List.of(fixture.participants().get(1).id()),
                        2026,
                        fixture.trainer().id(),
                        Instant.now()))
                .isEqualTo(1);
        assertThat(store.ofCourse(course).values())
                .extracting(CertificateStore.Issued::registerNumber)
                .as("the erased person's number is not given again")
                .doesNotContain(number);
    }

    @Test
    void issuing_again_adds_only_the_new_completers_and_keeps_the_numbers() {
        CourseFixture fixture = testData.course(4);
        long course = fixture.course().id();
        List<PersonSummary> people = fixture.participants();
        long by = fixture.trainer().id();

        assertThat(store.issue(course, List.of(people.get(0).id(), people.get(1).id()), 2026, by, Instant.now()))
                .isEqualTo(2);
        String first = store.ofCourse(course).get(people.get(0).id()).registerNumber();
        assertThat(store.issue(course, List.of(people.get(0).id(), people.get(1).id()), 2026, by, Instant.now()))
                .isZero();
        assertThat(store.issue(
                        course,
                        List.of(
                                people.get(0).id(),
                                people.get(1).id(),
                                people.get(2).id()),
                        2026,
                        by,
                        Instant.now()))
                .isEqualTo(1);

        assertThat(store.ofCourse(course)).hasSize(3);
        assertThat(store.ofCourse(course).get(people.get(0).id()).registerNumber())
                .isEqualTo(first);
    }

    @Test
    void register_numbers_are_unique_across_courses_and_have_the_pendel_year_shape() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            CourseFixture fixture = testData.course(3);
            store.issue(
                    fixture.course().id(),
                    fixture.participants().stream().map(PersonSummary::id).toList(),
                    2027,
                    fixture.trainer().id(),
                    Instant.now());
            store.ofCourse(fixture.course().id()).values().forEach(c -> numbers.add(c.registerNumber()));
        }
        assertThat(numbers).hasSize(9).allMatch(n -> n.matches("PENDEL-2027-\\d{6,}"));
    }

    @Test
    void the_register_number_is_the_year_and_the_id_in_six_digits() {
        assertThat(CertificateStore.registerNumber(2027, 123)).isEqualTo("PENDEL-2027-000123");
    }
}
