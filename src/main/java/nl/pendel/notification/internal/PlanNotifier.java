package nl.pendel.notification.internal;

import java.util.List;
import nl.pendel.account.PersonService;
import nl.pendel.notification.InboxKind;
import nl.pendel.notification.NotificationKind;
import nl.pendel.plan.PlanCommentNotice;
import nl.pendel.plan.PlanCommented;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.security.SystemAuthentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A comment on a plan section reaches the other members of the subgroup and the course's trainers,
 * written to the outbox inside the transaction that stored the comment.
 */
@Component
class PlanNotifier {

    private final PlanSectionService sections;
    private final PersonService people;
    private final MailComposer composer;
    private final NotificationDispatcher dispatcher;

    PlanNotifier(
            PlanSectionService sections,
            PersonService people,
            MailComposer composer,
            NotificationDispatcher dispatcher) {
        this.sections = sections;
        this.people = people;
        this.composer = composer;
        this.dispatcher = dispatcher;
    }

    @EventListener
    void on(PlanCommented event) {
        SystemAuthentication.runAsAdministrator(() -> {
            PlanCommentNotice notice = sections.commentNotice(event.planId(), event.commentId());
            String target = "plannen/" + event.planId();
            String link = composer.link(target);
            InboxNote note = new InboxNote(
                    InboxKind.PLAN_COMMENT,
                    List.of(notice.sectionTitle(), String.valueOf(notice.subgroupNumber()), notice.courseTitle()),
                    target,
                    null);
            List<NotificationDispatcher.Notice> notices = people.contacts(notice.recipients()).stream()
                    .map(to -> new NotificationDispatcher.Notice(
                            to,
                            NotificationKind.PLAN_COMMENT,
                            "plan-comment-" + event.commentId() + "-" + to.id(),
                            composer.planComment(
                                    to.locale(),
                                    to.displayName(),
                                    notice,
                                    notice.planTitle().isBlank()
                                            ? composer.untitledPlan(to.locale(), notice.subgroupNumber())
                                            : notice.planTitle(),
                                    link),
                            null,
                            null,
                            note))
                    .toList();
            return dispatcher.dispatch(notices);
        });
    }
}
