package nl.pendel.demo;

import java.util.List;
import java.util.Set;
import nl.pendel.account.Discipline;
import nl.pendel.security.Role;
import org.jspecify.annotations.Nullable;

/** The fictional people of the demo. Every name and address is made up. */
final class DemoPeople {

    static final String PASSWORD = "welkom-in-pendel";

    static final String HANZE = "Hanzehogeschool Groningen";
    static final String MJD = "MJD Groningen";
    static final String WIJ = "WIJ Groningen";
    static final String GGD = "GGD Groningen";
    static final String KREDIETBANK = "Gemeentelijke Kredietbank Groningen";
    static final String GEMEENTE = "Gemeente Groningen";
    static final String JONGERENWERK = "Stichting Jongerenwerk Groningen";

    static final String KORREWEGWIJK = "WIJ Korrewegwijk";
    static final String OOSTERPARK = "WIJ Oosterpark";

    record DemoPerson(
            String email, String name, Discipline discipline, String organisation, String team, Set<Role> roles) {}

    static final List<String> ORGANISATIONS = List.of(HANZE, MJD, WIJ, GGD, KREDIETBANK, GEMEENTE, JONGERENWERK);

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("beheerder@pendel.test", "Ruud Postma", null, WIJ, null, Set.of(Role.ADMIN)),
            new DemoPerson("trainer@pendel.test", "Joost Brink", null, HANZE, null, Set.of(Role.TRAINER)),
            new DemoPerson("cotrainer@pendel.test", "Mirjam Dijkstra", null, MJD, null, Set.of(Role.TRAINER)),
            new DemoPerson(
                    "teamleider@pendel.test", "Ingrid Hoekstra", null, WIJ, KORREWEGWIJK, Set.of(Role.TEAM_LEAD)),
            new DemoPerson(
                    "teamleider.oosterpark@pendel.test",
                    "Marco Veenstra",
                    null,
                    WIJ,
                    OOSTERPARK,
                    Set.of(Role.TEAM_LEAD)),
            // Korrewegwijk: 24 professionals
            participant("deelnemer@pendel.test", "Sanne de Vries", Discipline.SOCIAL_WORKER, WIJ, KORREWEGWIJK),
            participant("anouk.bakker@pendel.test", "Anouk Bakker", Discipline.SOCIAL_WORKER, MJD, KORREWEGWIJK),
            participant(
                    "youssef.elamrani@pendel.test", "Youssef El Amrani", Discipline.SOCIAL_WORKER, WIJ, KORREWEGWIJK),
            participant("lotte.mulder@pendel.test", "Lotte Mulder", Discipline.SOCIAL_WORKER, MJD, KORREWEGWIJK),
            participant("pieter.smit@pendel.test", "Pieter Smit", Discipline.SOCIAL_WORKER, WIJ, KORREWEGWIJK),
            participant("fatma.yilmaz@pendel.test", "Fatma Yılmaz", Discipline.COMMUNITY_WORKER, WIJ, KORREWEGWIJK),
            participant("jan.devries@pendel.test", "Jan de Vries", Discipline.COMMUNITY_WORKER, WIJ, KORREWEGWIJK),
            participant("eva.jansen@pendel.test", "Eva Jansen", Discipline.COMMUNITY_WORKER, WIJ, KORREWEGWIJK),
            participant("ruben.kuipers@pendel.test", "Ruben Kuipers", Discipline.COMMUNITY_WORKER, WIJ, KORREWEGWIJK),
            participant("kevin.bos@pendel.test", "Kevin Bos", Discipline.YOUTH_WORKER, JONGERENWERK, KORREWEGWIJK),
            participant(
                    "noor.hendriks@pendel.test", "Noor Hendriks", Discipline.YOUTH_WORKER, JONGERENWERK, KORREWEGWIJK),
            participant(
                    "mohamed.bouzid@pendel.test",
                    "Mohamed Bouzid",
                    Discipline.YOUTH_WORKER,
                    JONGERENWERK,
                    KORREWEGWIJK),
            participant("marieke.visser@pendel.test", "Marieke Visser", Discipline.YOUTH_NURSE, GGD, KORREWEGWIJK),
            participant("ilse.vandijk@pendel.test", "Ilse van Dijk", Discipline.YOUTH_NURSE, GGD, KORREWEGWIJK),
            participant("sophie.meijer@pendel.test", "Sophie Meijer", Discipline.YOUTH_NURSE, GGD, KORREWEGWIJK),
            participant(
                    "henk.dejong@pendel.test", "Henk de Jong", Discipline.DEBT_COUNSELLOR, KREDIETBANK, KORREWEGWIJK),
            participant(
                    "priya.ramdin@pendel.test", "Priya Ramdin", Discipline.DEBT_COUNSELLOR, KREDIETBANK, KORREWEGWIJK),
            participant(
                    "bas.vanderveen@pendel.test",
                    "Bas van der Veen",
                    Discipline.DEBT_COUNSELLOR,
                    KREDIETBANK,
                    KORREWEGWIJK),
            participant("karin.dekker@pendel.test", "Karin Dekker", Discipline.WMO_CONSULTANT, GEMEENTE, KORREWEGWIJK),
            participant("tom.vos@pendel.test", "Tom Vos", Discipline.WMO_CONSULTANT, GEMEENTE, KORREWEGWIJK),
            participant("linda.peters@pendel.test", "Linda Peters", Discipline.WMO_CONSULTANT, GEMEENTE, KORREWEGWIJK),
            participant("esther.boer@pendel.test", "Esther Boer", Discipline.FAMILY_COACH, WIJ, KORREWEGWIJK),
            participant("ahmed.haddou@pendel.test", "Ahmed Haddou", Discipline.FAMILY_COACH, MJD, KORREWEGWIJK),
            participant("gerda.wiersma@pendel.test", "Gerda Wiersma", Discipline.ELDERLY_WORKER, WIJ, KORREWEGWIJK),
            // Oosterpark: a smaller second team, so that access rules can be seen
            participant("wouter.huizinga@pendel.test", "Wouter Huizinga", Discipline.SOCIAL_WORKER, WIJ, OOSTERPARK),
            participant("aylin.demir@pendel.test", "Aylin Demir", Discipline.COMMUNITY_WORKER, WIJ, OOSTERPARK),
            participant("daan.kramer@pendel.test", "Daan Kramer", Discipline.YOUTH_WORKER, JONGERENWERK, OOSTERPARK),
            participant("roos.zijlstra@pendel.test", "Roos Zijlstra", Discipline.YOUTH_NURSE, GGD, OOSTERPARK),
            participant(
                    "sander.bosma@pendel.test", "Sander Bosma", Discipline.DEBT_COUNSELLOR, KREDIETBANK, OOSTERPARK),
            participant("mila.kok@pendel.test", "Mila Kok", Discipline.WMO_CONSULTANT, GEMEENTE, OOSTERPARK));

    /**
     * Participants who have not given their register number yet, so the demo shows both: the
     * prompt on their home page (Sanne de Vries is {@code deelnemer@pendel.test}) and the marker on
     * the trainer's accreditation list.
     */
    static final Set<String> WITHOUT_REGISTER_NUMBER =
            Set.of("deelnemer@pendel.test", "pieter.smit@pendel.test", "tom.vos@pendel.test", "mila.kok@pendel.test");

    private DemoPeople() {}

    /**
     * A made-up number in the register the discipline usually belongs to: BIG for nurses, SKJ for
     * youth and family work, Registerplein for the rest; none for those who have not given it and
     * for people without a discipline.
     */
    static @Nullable String registerNumber(DemoPerson person, int index) {
        if (person.discipline() == null || WITHOUT_REGISTER_NUMBER.contains(person.email())) {
            return null;
        }
        return switch (person.discipline()) {
            case YOUTH_NURSE, MENTAL_HEALTH_NURSE -> String.format("BIG %011d", 19_024_306_101L + 7_919L * index);
            case YOUTH_WORKER, FAMILY_COACH -> String.format("SKJ %09d", 110_004_217L + 613L * index);
            default -> String.format("Registerplein %07d", 2_301_458 + 389 * index);
        };
    }

    private static DemoPerson participant(
            String email, String name, Discipline discipline, String organisation, String team) {
        return new DemoPerson(email, name, discipline, organisation, team, Set.of(Role.PARTICIPANT));
    }
}
