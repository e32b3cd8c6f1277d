package nl.pendel.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.Role;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.Translations;
import nl.pendel.team.OrganisationDraft;
import nl.pendel.team.TeamService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AccreditationServiceTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    AccreditationService accreditation;

    @Autowired
    AttendanceService attendance;

    @Autowired
    PersonService people;

    @Autowired
    TeamService teams;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData testData;

    @Test
    void csv_opens_in_dutch_excel_with_names_hours_and_a_catch_up_counted() throws IOException {
        Course c = course(4);
        String organisation = "Zorg & Welzijn; \"De Brug\" " + TestData.unique("");
        PersonSummary eliette = change(c.fixture().participants().getFirst(), draft -> {
            draft.setDisplayName("Eliëtte Çelik");
            draft.setDiscipline(Discipline.YOUTH_NURSE);
            draft.setRegisterNumber("SKJ 110012345");
            draft.setOrganisationId(organisation(organisation));
        });
        SessionView own1 = c.sessionOf(eliette, 1, true);
        SessionView own2 = c.sessionOf(eliette, 2, true);
        SessionView other2 = c.sessionOf(eliette, 2, false);
        c.record(own1, eliette, AttendanceStatus.PRESENT);
        c.record(own2, eliette, AttendanceStatus.ABSENT);
        c.record(other2, eliette, AttendanceStatus.PRESENT);

        AccreditationExport export = c.asTrainer(() -> accreditation.csv(c.id(), Translations.DUTCH));

        byte[] bytes = export.content();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(export.fileName()).isEqualTo("accreditatie-" + c.title().toLowerCase() + ".csv");

        List<CSVRecord> rows = excel(text);
        assertThat(rows.getFirst().toList())
                .containsExactly(
                        "Naam",
                        "Discipline",
                        "Organisatie",
                        "Registratienummer",
                        "Bijeenkomst 1",
                        "Bijeenkomst 2",
                        "Bijeenkomst 3",
                        "Totaal uren");
        assertThat(rows).hasSize(1 + 4);
        CSVRecord row = rows.stream()
                .filter(r -> r.get(0).equals("Eliëtte Çelik"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(1)).isEqualTo("Jeugdverpleegkundige");
        assertThat(row.get(2)).isEqualTo(organisation);
        assertThat(row.get(3)).isEqualTo("SKJ 110012345");
        assertThat(row.get(4)).isEqualTo(slot(own1));
        assertThat(row.get(5)).isEqualTo(slot(other2));
        assertThat(row.get(6)).isEmpty();
        assertThat(row.get(7)).isEqualTo(hours(own1, other2));
        assertThat(row.get(7)).matches("\\d+,\\d{1,2}");
        assertThat(rows.stream().filter(r -> !r.get(0).equals("Eliëtte Çelik")).skip(1))
                .allSatisfy(r -> assertThat(r.get(7)).isEqualTo("0,0"));
    }

    @Test
    void a_cell_excel_would_take_for_a_formula_gets_a_leading_apostrophe() throws IOException {
        Course c = course(2);
        change(c.fixture().participants().getFirst(), draft -> {
            draft.setDisplayName("=HYPERLINK(\"https://example.invalid\";\"klik\")");
            draft.setRegisterNumber("-12345");
        });
        change(c.fixture().participants().get(1), draft -> draft.setDisplayName("@SUM(A1:A9)"));

        String text = csvText(c.asTrainer(() -> accreditation.csv(c.id(), Translations.DUTCH)));

        Map<String, CSVRecord> byName = excel(text).stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
        assertThat(byName).containsOnlyKeys("'=HYPERLINK(\"https://example.invalid\";\"klik\")", "'@SUM(A1:A9)");
        assertThat(byName.get("'=HYPERLINK(\"https://example.invalid\";\"klik\")")
                        .get(3))
                .as("a plain signed number is a number to Excel, not a formula (ExcelCsv's one guard)")
                .isEqualTo("-12345");
        assertThat(text).contains("\"'=HYPERLINK(\"\"https://example.invalid\"\";\"\"klik\"\")\"");
    }

    @Test
    void pdf_has_the_title_names_register_numbers_and_hours() throws IOException {
        Course c = course(3);
        PersonSummary eliette = change(c.fixture().participants().getFirst(), draft -> {
            draft.setDisplayName("Eliëtte Çelik");
            draft.setRegisterNumber("BIG 19012345601");
        });
        SessionView own1 = c.sessionOf(eliette, 1, true);
        SessionView other3 = c.sessionOf(eliette, 3, false);
        c.record(own1, eliette, AttendanceStatus.PRESENT);
        c.record(other3, eliette, AttendanceStatus.PRESENT);

        AccreditationExport export = c.asTrainer(() -> accreditation.pdf(c.id(), Translations.DUTCH));

        assertThat(export.contentType()).isEqualTo("application/pdf");
        assertThat(export.fileName()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(export.content())) {
            var page = pdf.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width =
                    turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height =
                    turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).as("A4 landscape").isGreaterThan(height);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Accreditatielijst: " + c.title())
                    .contains("Periode: 11-01-2027 t/m 31-03-2027")
                    .contains("Trainers: " + c.fixture().trainer().displayName())
                    .contains("Eliëtte Çelik")
                    .contains("BIG 19012345601")
                    .contains(c.fixture().participants().get(1).displayName())
                    .contains(DAY.format(own1.date()))
                    .contains(own1.start() + "–" + own1.end() + " (4,0 uur)")
                    .contains(hours(own1, other3))
                    .contains("Totaal uren")
                    .contains("Gemaakt op ");
        }
    }

    @Test
    void who_has_not_given_a_register_number_is_counted_and_marked_missing_in_the_pdf_and_empty_in_the_csv()
            throws IOException {
        Course c = course(4);
        PersonSummary given = change(c.fixture().participants().getFirst(), draft -> {
            draft.setDisplayName("Eliëtte Çelik");
            draft.setRegisterNumber("SKJ 110012345");
        });

        AccreditationList list = c.asTrainer(() -> accreditation.list(c.id(), Translations.DUTCH));
        assertThat(list.withoutRegisterNumber())
                .extracting(AccreditationList.Participant::displayName)
                .containsExactlyInAnyOrderElementsOf(c.fixture().participants().stream()
                        .skip(1)
                        .map(PersonSummary::displayName)
                        .toList());
        assertThat(c.asTrainer(() -> accreditation.registerNumbers(c.id())))
                .containsExactly(Map.entry(given.id(), "SKJ 110012345"));

        try (PDDocument pdf = Loader.loadPDF(
                c.asTrainer(() -> accreditation.pdf(c.id(), Translations.DUTCH)).content())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("3 deelnemers hebben nog geen registratienummer");
            assertThat(text.split("ontbreekt", -1)).hasSize(1 + 3);
            assertThat(text).contains("SKJ 110012345");
        }
        List<CSVRecord> rows = excel(csvText(c.asTrainer(() -> accreditation.csv(c.id(), Translations.DUTCH))));
        assertThat(rows.stream().skip(1).map(r -> r.get(3)))
                .as("the CSV is for machines: an empty cell")
                .containsExactlyInAnyOrder("SKJ 110012345", "", "", "");
    }

    @Test
    void the_register_numbers_are_for_the_course_trainers_only() {
        Course c = course(2);
        String otherTrainer =
                testData.person().roles(Role.TRAINER).noTeam().create().email();
        String participant = c.fixture().participants().getFirst().email();
        for (String refused : List.of(otherTrainer, participant)) {
            assertThatThrownBy(() -> testData.runAs(refused, () -> accreditation.registerNumbers(c.id())))
                    .as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void only_the_course_trainers_and_administrators_get_the_list() {
        Course c = course(2);
        testData.publish(c.fixture());
        String lead = testData.teamLead(c.fixture().team().id()).email();
        String participant = c.fixture().participants().getFirst().email();
        String otherTrainer =
                testData.person().roles(Role.TRAINER).noTeam().create().email();

        for (String refused : List.of(lead, participant, otherTrainer)) {
            assertThatThrownBy(() -> testData.runAs(refused, () -> accreditation.csv(c.id(), Translations.DUTCH)))
                    .as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testData.runAs(refused, () -> accreditation.pdf(c.id(), Translations.DUTCH)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(SystemAuthentication.runAsAdministrator(() -> accreditation.list(c.id(), Translations.DUTCH))
                        .participants())
                .hasSize(2);
    }

    @Test
    void the_number_of_queries_does_not_grow_with_participants_or_sessions() {
        Course small = course(2);
        PersonSummary one = small.fixture().participants().getFirst();
        small.record(small.sessionOf(one, 1, true), one, AttendanceStatus.PRESENT);
        Course large = course(12);
        for (PersonSummary person : large.fixture().participants()) {
            large.record(large.sessionOf(person, 1, true), person, AttendanceStatus.PRESENT);
            large.record(large.sessionOf(person, 2, true), person, AttendanceStatus.PRESENT);
            large.record(large.sessionOf(person, 3, false), person, AttendanceStatus.PRESENT);
        }
        long forSmall = queries(small);
        assertThat(forSmall).isPositive();
        assertThat(queries(large)).isEqualTo(forSmall);
    }

    /** The fewest SELECT statements MariaDB counted for making the list, of three tries. */
    private long queries(Course c) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = selects();
            c.asTrainer(() -> accreditation.list(c.id(), Translations.DUTCH));
            fewest = Math.min(fewest, selects() - before - 1);
        }
        return fewest;
    }

    private long selects() {
        return jdbc.sql(
                        "select variable_value from information_schema.global_status where variable_name = 'COM_SELECT'")
                .query(Long.class)
                .single();
    }

    private Course course(int participants) {
        var fixture = testData.course(participants);
        return new Course(fixture, testData.schedule(fixture, TestData.unique("Wijkcentrum")));
    }

    /** A scheduled test course, with helpers to record attendance as its trainer. */
    private final class Course {

        private final TestData.CourseFixture fixture;
        private final List<SessionView> sessions;

        Course(TestData.CourseFixture fixture, List<SessionView> sessions) {
            this.fixture = fixture;
            this.sessions = sessions;
        }

        TestData.CourseFixture fixture() {
            return fixture;
        }

        long id() {
            return fixture.course().id();
        }

        String title() {
            return fixture.course().title();
        }

        <T> T asTrainer(Supplier<T> work) {
            return testData.runAs(fixture.trainer().email(), work);
        }

        /** A session of the meeting in the person's own subgroup, or in another subgroup. */
        SessionView sessionOf(PersonSummary person, int meeting, boolean own) {
            return sessions.stream()
                    .filter(s -> s.meetingPosition() == meeting)
                    .filter(s -> own
                            == asTrainer(() -> attendance.sheet(id(), s.id())).stream()
                                    .anyMatch(r -> r.person().id() == person.id()))
                    .findFirst()
                    .orElseThrow();
        }

        void record(SessionView session, PersonSummary person, AttendanceStatus status) {
            asTrainer(() -> {
                attendance.record(id(), session.id(), person.id(), status, "");
                return null;
            });
        }
    }

    private PersonSummary change(PersonSummary person, java.util.function.Consumer<PersonDraft> change) {
        PersonDraft draft = PersonDraft.of(SystemAuthentication.runAsAdministrator(() -> people.find(person.id()))
                .orElseThrow());
        change.accept(draft);
        return SystemAuthentication.runAsAdministrator(() -> people.save(draft));
    }

    private long organisation(String name) {
        OrganisationDraft draft = new OrganisationDraft();
        draft.setName(name);
        return SystemAuthentication.runAsAdministrator(() -> teams.saveOrganisation(draft))
                .id();
    }

    private static String slot(SessionView session) {
        return DAY.format(session.date()) + " " + session.start() + "–" + session.end();
    }

    private static String hours(SessionView... sessions) {
        double total = 0;
        for (SessionView s : sessions) {
            total += java.time.Duration.between(s.start(), s.end()).toMinutes() / 60.0;
        }
        return new java.text.DecimalFormat("0.0#", java.text.DecimalFormatSymbols.getInstance(Translations.DUTCH))
                .format(total);
    }

    private static String csvText(AccreditationExport export) {
        byte[] bytes = export.content();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /** Reads the text as Excel does: {@code ;} between fields, double quotes around fields. */
    private static List<CSVRecord> excel(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(text),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            return parser.getRecords();
        }
    }
}
