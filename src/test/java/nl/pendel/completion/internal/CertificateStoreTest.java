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
