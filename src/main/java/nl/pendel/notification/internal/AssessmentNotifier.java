package nl.pendel.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.pendel.account.PersonContact;
import nl.pendel.account.PersonService;
import nl.pendel.assessment.OpenMoment;
import nl.pendel.assessment.SelfAssessmentService;
import nl.pendel.notification.NotificationKind;
import nl.pendel.security.SystemAuthentication;
import nl.pendel.shared.Translations;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells participants that a self-assessment moment is open: once per person and moment (however
 * often this runs, on however many nodes), on the first run while it is open, to those who have
 * not submitted yet.
 */
public class AssessmentNotifier {

    private final SelfAssessmentService assessments;
    private final PersonService people;
    private final MailComposer composer;
    private final NotificationDispatcher dispatcher;
    private final Translations translations;
    private final Clock clock;

    public AssessmentNotifier(
            SelfAssessmentService assessments,
            PersonService people,
            MailComposer composer,
            NotificationDispatcher dispatcher,
            Translations translations,
            Clock clock) {
        this.assessments = assessments;
        this.people = people;
        this.composer = composer;
        this.dispatcher = dispatcher;
        this.translations = translations;
        this.clock = clock;
    }

    /** Writes the notices for moments open today to the outbox; answers how many mails went out now. */
    @Transactional
    public int planDue() {
        LocalDate today = LocalDate.now(clock);
        return SystemAuthentication.runAsAdministrator(() -> {
            List<NotificationDispatcher.Notice> notices = new ArrayList<>();
            for (OpenMoment open : assessments.openOn(today)) {
                String link = composer.link(
                        "zelfevaluatie/" + open.courseId() + "/" + open.moment().id());
                for (PersonContact to : people.contacts(open.notSubmitted())) {
                    String moment = translations.getTranslation(
                            open.moment().kind().translationKey(), Translations.supported(to.locale()));
                    notices.add(new NotificationDispatcher.Notice(
                            to,
                            NotificationKind.ASSESSMENT_OPEN,
                            "assessment-open-" + open.moment().id() + "-" + to.id() + "-"
                                    + open.moment().opensOn(),
                            composer.assessmentOpen(
                                    to.locale(),
                                    to.displayName(),
                                    open.courseTitle(),
                                    moment,
                                    open.moment().closesOn(),
                                    link),
                            null,
                            null));
                }
            }
            return dispatcher.dispatch(notices);
        });
    }
}
