package nl.pendel.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;
import nl.pendel.course.CourseDeletionService;
import nl.pendel.course.CourseService;
import nl.pendel.course.CourseStatus;
import nl.pendel.course.CourseSummary;
import nl.pendel.course.InvitationsSent;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * What a course's trainers do with it on its page: change its settings, move it a step (publishing
 * and closing are confirmed first), and delete a concept that was never published.
 */
class CourseActions extends Div {

    private final CourseSummary course;
    private final CourseService courses;
    private final SerializableRunnable changed;

    CourseActions(
            CourseSummary course,
            CourseService courses,
            CourseDeletionService deletion,
            SerializableRunnable edit,
            SerializableRunnable changed,
            SerializableRunnable deleted) {
        this.course = course;
        this.courses = courses;
        this.changed = changed;
        addClassName("toolbar");
        add(new Button(getTranslation("course.edit"), click -> edit.run()));
        for (CourseStatus next : course.status().next()) {
            Button step = new Button(getTranslation("course.status.to." + next.name()), click -> step(next));
            if (next.ordinal() > course.status().ordinal()) {
                step.addThemeVariants(ButtonVariant.PRIMARY);
            }
            add(step);
        }
        if (course.deletable()) {
            Button delete = new Button(
                    getTranslation("course.delete"),
                    click -> confirm(
                            getTranslation("course.delete.title", course.title()),
                            getTranslation("course.delete.text"),
                            getTranslation("course.delete"),
                            () -> {
                                deletion.delete(course.id(), course.version());
                                Notifications.success(this, "course.deleted", course.title());
                                deleted.run();
                            }));
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            add(delete);
        }
    }

    private void step(CourseStatus next) {
        switch (next) {
            case PUBLISHED -> PublishConfirmation.open(this, courses.publicationPreview(course.id()), this::publish);
            case CLOSED ->
                confirm(
                        getTranslation("course.close.title"),
                        getTranslation("course.close.text"),
                        getTranslation("course.status.to.CLOSED"),
                        () -> change(next));
            default -> change(next);
        }
    }

    private void publish() {
        InvitationsSent sent = courses.publish(course.id(), course.version()).invitations();
        if (sent.invitations() == 0) {
            Notifications.success(this, "course.published.none");
        } else {
            Notifications.success(this, "course.published", sent.invitations(), sent.people(), sent.sessions());
        }
        changed.run();
    }

    private void change(CourseStatus next) {
        courses.changeStatus(course.id(), course.version(), next);
        Notifications.success(this, "saved");
        changed.run();
    }

    private void confirm(String header, String text, String confirmText, SerializableRunnable action) {
        ConfirmDialog confirm = new ConfirmDialog(header, text, confirmText, event -> {
            try {
                action.run();
            } catch (UserFacingException e) {
                Notifications.error(this, e);
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }
}
