package nl.pendel.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonService;
import nl.pendel.plan.PlanProgressService;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.plan.SectionSave;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The activity plans of Korrewegwijk: every subgroup has one in progress, written section by
 * section by its members in turn (so the history has several authors); subgroup 1's budget café is
 * nearly complete, and there is a comment with a reply.
 */
@Component
class DemoPlans {

    private final PlanService plans;
    private final PlanProgressService progress;
    private final PlanSectionService sections;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final UserDetailsService accounts;

    DemoPlans(
            PlanService plans,
            PlanProgressService progress,
            PlanSectionService sections,
            SubgroupService subgroups,
            PersonService people,
            UserDetailsService accounts) {
        this.plans = plans;
        this.progress = progress;
        this.sections = sections;
        this.subgroups = subgroups;
        this.people = people;
        this.accounts = accounts;
    }

    /** Runs as an administrator; the plans are written as the members would. */
    void create(long courseId) {
        subgroups.ofCourse(courseId).forEach(subgroup -> {
            List<PersonContact> writers = people.contacts(subgroup.members()).stream()
                    .sorted(Comparator.comparing(PersonContact::displayName))
                    .toList();
            if (!writers.isEmpty()) {
                plan(courseId, writers, subgroup.number());
            }
        });
    }

    private void plan(long courseId, List<PersonContact> writers, int subgroup) {
        Map<String, String> texts = texts(subgroup);
        long planId = as(writers.getFirst(), () -> plans.start(courseId, null));
        List<String> keys = new ArrayList<>(texts.keySet());
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            PersonContact writer = writers.get(i % writers.size());
            SectionSave saved = as(writer, () -> sections.save(planId, key, texts.get(key), 0, true));
            if (saved.result() != SectionSave.Result.SAVED) {
                throw new IllegalStateException("Demo plan section " + key + " was not saved: " + saved.result());
            }
        }
        long version = as(writers.getFirst(), () -> progress.changeStatus(planId, PlanStatus.IN_PROGRESS, 0));
        as(writers.getFirst(), () -> progress.setCompetences(planId, competences(subgroup), version));
        if (subgroup == 1 && writers.size() > 1) {
            as(
                    writers.get(1),
                    () -> sections.comment(
                            planId,
                            "eigenaarschap",
                            "Kunnen we de vrijwilligers van de voedselbank vragen om mee te draaien?"));
            as(
                    writers.getFirst(),
                    () -> sections.comment(
                            planId, "eigenaarschap", "Goed idee, ik bel de coördinator voor bijeenkomst 3."));
        }
    }

    private static Set<String> competences(int subgroup) {
        return switch (subgroup) {
            case 1 -> Set.of("2", "3");
            case 2 -> Set.of("1", "2");
            case 3 -> Set.of("2");
            default -> Set.of("3", "4");
        };
    }

    private static Map<String, String> texts(int subgroup) {
        Map<String, String> t = new LinkedHashMap<>();
        switch (subgroup) {
            case 1 -> budgetCafe(t);
            case 2 -> exerciseHour(t);
            case 3 -> communityGarden(t);
            default -> youngParentsMorning(t);
        }
        return t;
    }

    private static void budgetCafe(Map<String, String> t) {
        t.put("werktitel", "Budgetcafé in het buurthuis");
        t.put(
                "gemeenschappelijke-vraag",
                "In bijna elke caseload van de subgroep komen geldzorgen terug: achterstanden bij de"
                        + " energie, post die niet wordt geopend, schaamte om hulp te vragen.");
        t.put(
                "doelgroep",
                "Bewoners van de Korrewegwijk die rondkomen van een laag inkomen, vooral alleenstaanden en jonge gezinnen.");
        t.put(
                "wat-voorkomen",
                "Dat kleine achterstanden uitgroeien tot schulden (escaleren), en dat mensen na een"
                        + " schuldhulptraject weer terugvallen (terugkeren).");
        t.put(
                "activiteit",
                "Elke dinsdagmiddag een budgetcafé in het buurthuis: koffie, samen de post doornemen,"
                        + " tips uitwisselen. Eens per maand een thema, zoals de energierekening.");
        t.put(
                "eigenaarschap",
                "Twee bewoners die eerder zelf schulden hadden, openen het café. De professionals"
                        + " schuiven de eerste drie maanden aan en stappen daarna terug naar eens per maand.");
        t.put(
                "nodig",
                "Ruimte in het buurthuis op dinsdag, koffie en thee (buurtbudget), de vrijwilligers van de voedselbank.");
        t.put(
                "rollen",
                "Schuldhulpverlener: inhoudelijke vragen. Opbouwwerker: contact met het buurthuis en de"
                        + " vrijwilligers. Maatschappelijk werker: aandacht voor wie het zwaar heeft.");
    }

    private static void exerciseHour(Map<String, String> t) {
        t.put("werktitel", "Beweeguur voor ouderen");
        t.put("gemeenschappelijke-vraag", "Ouderen in onze caseloads komen weinig buiten en raken hun netwerk kwijt.");
        t.put("doelgroep", "Zelfstandig wonende ouderen uit de wijk.");
        t.put("activiteit", "Een wekelijks beweeguur in de sporthal, met daarna koffie. Samen met de buurtsportcoach.");
    }

    private static void communityGarden(Map<String, String> t) {
        t.put("werktitel", "Buurtmoestuin aan de singel");
        t.put("gemeenschappelijke-vraag", "Eenzaamheid en weinig contact tussen oude en nieuwe bewoners van de wijk.");
    }

    private static void youngParentsMorning(Map<String, String> t) {
        t.put("werktitel", "Koffieochtend voor jonge ouders");
        t.put(
                "gemeenschappelijke-vraag",
                "Jonge ouders met opvoedvragen weten elkaar niet te vinden en zoeken pas hulp als het"
                        + " thuis vastloopt.");
        t.put("doelgroep", "Ouders met kinderen tot vier jaar in de Korrewegwijk.");
    }

    private <T> T as(PersonContact person, java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAs(accounts.loadUserByUsername(person.email()), work::get);
    }
}
