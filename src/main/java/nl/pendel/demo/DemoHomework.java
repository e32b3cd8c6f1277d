package nl.pendel.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonService;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.course.CourseDetails;
import nl.pendel.course.CourseService;
import nl.pendel.homework.DraftSaved;
import nl.pendel.homework.HomeworkReviewService;
import nl.pendel.homework.HomeworkService;
import nl.pendel.homework.MyHomeworkService;
import nl.pendel.homework.ThemeAnswer;
import nl.pendel.schedule.SessionView;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.subgroup.SubgroupService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo course's homework, written as the participants would have: meeting 1's handed in by
 * all but two before their session (one late, during it), with the trainer's reply on some;
 * meeting 2's caseload themes handed in by half the group, drafts in progress by a quarter.
 * Texts are about caseloads in general, never about residents.
 */
@Component
class DemoHomework {

    private static final List<String> MEETING_ONE = List.of("""
            In mijn caseload zie ik veel **ouderen die alleen wonen** en weinig contact hebben met buren. \
            Ik werk nu vooral één op één; ik zou vaker willen kijken wie er in de straat al iets organiseert.

            - Wat werkt: korte lijnen met de huisarts
            - Wat ik mis: zicht op wat bewoners zelf al doen""", """
            Preventief werken betekent voor mij: eerder in beeld zijn, *voordat* schulden oplopen. \
            Bij de schuldhulp zien we mensen vaak pas als de deurwaarder al is geweest. \
            Een spreekuur in het buurthuis zou de drempel kunnen verlagen.""", """
            Ik merk dat jongeren in de wijk vooral op straat rondhangen omdat er weinig plekken zijn. \
            Samen met het jongerenwerk en de buurtsportcoach wil ik kijken of het veldje achter de school \
            op woensdagmiddag open kan.""", """
            Mijn rol in het netwerk van een gezin is vaak die van regisseur. Ik wil leren om meer ruimte \
            te laten aan het eigen netwerk en minder zelf op te lossen. Vraag voor de bijeenkomst: \
            hoe houd je overzicht zonder alles over te nemen?""", """
            Wat ik al omgevingsgericht doe: ik verwijs naar het taalcafé en de inloop in de bibliotheek. \
            Wat ik nog weinig doe: zelf langsgaan bij die plekken om te zien wie er komt en wat er nodig is.""");

    private static final List<String> MEETING_TWO = List.of("""
            In mijn caseload kwam ik deze maand vaak dezelfde vragen tegen: geldzorgen en eenzaamheid \
            gaan vaak samen. Een gezamenlijke activiteit rond 'samen koken, samen besparen' lijkt me kansrijk.""", """
            Opvallend veel ouders met vragen over opvoeden in een tweede taal. \
            Misschien kunnen we met de bibliotheek en het consultatiebureau iets samen doen.""", """
            Ik heb mijn dossiers van de afgelopen drie maanden doorgelopen en geteld, zonder namen. \
            Mantelzorgers die overbelast raken springen eruit.""");

    private static final List<String> FEEDBACK = List.of(
            "Mooi dat je concreet benoemt wat je mist. Neem die vraag over *zicht op wat bewoners zelf doen* mee naar de bijeenkomst.",
            "Goed idee, dat spreekuur. Wie in de wijk zou je daarbij willen betrekken?",
            "Helder beschreven. Probeer bij de volgende opdracht ook te tellen hoe vaak je dit ziet.");

    private final HomeworkService homework;
    private final MyHomeworkService myHomework;
    private final HomeworkReviewService review;
    private final CourseService courses;
    private final SubgroupService subgroups;
    private final PersonService people;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoHomework(
            HomeworkService homework,
            MyHomeworkService myHomework,
            HomeworkReviewService review,
            CourseService courses,
            SubgroupService subgroups,
            PersonService people,
            UserDetailsService accounts,
            Clock clock) {
        this.homework = homework;
        this.myHomework = myHomework;
        this.review = review;
        this.courses = courses;
        this.subgroups = subgroups;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes the homework of the running demo course; runs as an administrator. */
    void create(long courseId, List<SessionView> sessions) {
        CourseDetails details = courses.details(courseId);
        CourseDetails.Meeting one = details.meetings().get(0);
        CourseDetails.Meeting two = details.meetings().get(1);
        Map<Long, Long> placements = new java.util.HashMap<>();
        subgroups.ofCourse(courseId).forEach(s -> s.members().forEach(p -> placements.put(p, s.id())));
        List<PersonContact> participants = people.contacts(placements.keySet()).stream()
                .sorted(Comparator.comparing(PersonContact::displayName))
                .toList();
        List<CaseloadTheme> themes = courses.caseloadThemes(courseId);

        List<Long> handedIn = handInMeetingOne(courseId, sessions, one.id(), participants, placements);
        PersonContact trainer =
                people.contacts(List.of(details.summary().trainerId())).getFirst();
        replyToFirstFew(courseId, one.id(), participants, handedIn, trainer);

        // meeting 2: caseload themes, half handed in, a quarter drafts in progress
        if (!two.asksCaseloadThemes() || themes.isEmpty()) {
            return;
        }
        handInMeetingTwo(courseId, two.id(), participants, themes);
    }

    /** Meeting 1: all but the last two hand in two days before their session; the third-last during it. */
    private List<Long> handInMeetingOne(
            long courseId,
            List<SessionView> sessions,
            long meetingId,
            List<PersonContact> participants,
            Map<Long, Long> placements) {
        List<Long> handedIn = new ArrayList<>();
        for (int i = 0; i < participants.size() - 2; i++) {
            PersonContact person = participants.get(i);
            LocalDateTime start = start(sessions, meetingId, placements.get(person.id()));
            boolean late = i == participants.size() - 3;
            LocalDateTime then =
                    late ? start.plusHours(1) : start.minusDays(2).withHour(20).withMinute(0);
            String text = MEETING_ONE.get(i % MEETING_ONE.size());
            homework.handInAsOf(
                    courseId,
                    meetingId,
                    person.id(),
                    text,
                    then.atZone(clock.getZone()).toInstant());
            handedIn.add(person.id());
        }
        return handedIn;
    }

    /** The trainer's reply on the first few hand-ins. */
    private void replyToFirstFew(
            long courseId,
            long meetingId,
            List<PersonContact> participants,
            List<Long> handedIn,
            PersonContact trainer) {
        for (int i = 0; i < 6 && i < handedIn.size(); i++) {
            long submission = as(participants.get(i), () -> myHomework.mine(courseId, meetingId))
                    .submissions()
                    .getFirst()
                    .id();
            String reply = FEEDBACK.get(i % FEEDBACK.size());
            as(trainer, () -> review.giveFeedback(courseId, submission, reply));
        }
    }

    /** Meeting 2: caseload themes, half handed in, a quarter drafts in progress. */
    private void handInMeetingTwo(
            long courseId, long meetingId, List<PersonContact> participants, List<CaseloadTheme> themes) {
        for (int i = 0; i < participants.size(); i++) {
            if (i % 4 == 3) {
                continue;
            }
            PersonContact person = participants.get(i);
            List<ThemeAnswer> answers = themeAnswers(i, themes);
            boolean submit = i % 4 != 2;
            String text = MEETING_TWO.get(i % MEETING_TWO.size());
            as(person, () -> {
                homework.saveThemes(courseId, meetingId, distinct(answers));
                DraftSaved saved = homework.saveDraft(courseId, meetingId, text, 0);
                if (submit) {
                    homework.submit(courseId, meetingId, saved.version(), true);
                }
            });
        }
    }

    private static List<ThemeAnswer> themeAnswers(int i, List<CaseloadTheme> themes) {
        List<ThemeAnswer> answers = new ArrayList<>();
        answers.add(new ThemeAnswer(themes.get((i * 5) % 7).key(), null, 2 + (i * 7) % 9));
        answers.add(new ThemeAnswer(themes.get((i * 3 + 2) % themes.size()).key(), null, 1 + (i * 5) % 6));
        if (i % 5 == 0) {
            answers.add(new ThemeAnswer(themes.get(1).key(), null, 3));
        }
        if (i % 7 == 1) {
            answers.add(new ThemeAnswer(null, "Gebrek aan ontmoetingsplekken", 4));
        }
        return answers;
    }

    private static List<ThemeAnswer> distinct(List<ThemeAnswer> answers) {
        Set<String> seen = new java.util.HashSet<>();
        return answers.stream()
                .filter(a -> seen.add(a.themeKey() == null ? "own:" + a.ownLabel() : a.themeKey()))
                .collect(Collectors.toList());
    }

    private static LocalDateTime start(List<SessionView> sessions, long meetingId, long subgroupId) {
        SessionView session = sessions.stream()
                .filter(s -> s.meetingId() == meetingId && s.subgroupId() == subgroupId)
                .findFirst()
                .orElseThrow();
        return session.date().atTime(session.start());
    }

    private void as(PersonContact person, Runnable work) {
        as(person, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(PersonContact person, java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAs(accounts.loadUserByUsername(person.email()), work);
    }
}
