package nl.pendel.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import nl.pendel.course.PublicationPreview;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;

/**
 * Asks before a course is published, since publishing mails everyone: how many participants and
 * trainers get an invitation, for how many sessions and in how many mails, who per subgroup, and
 * who gets none. Cancelling publishes nothing and mails nobody.
 */
final class PublishConfirmation {

    private PublishConfirmation() {}

    static void open(Component host, PublicationPreview preview, SerializableRunnable publish) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setWidth("min(36rem, 100vw)");
        confirm.setHeader(host.getTranslation("course.publish.title"));
        confirm.setText(body(host, preview));
        confirm.setConfirmText(host.getTranslation("course.publish.confirm"));
        confirm.addConfirmListener(event -> {
            try {
                publish.run();
            } catch (UserFacingException e) {
                Notifications.error(host, e);
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(host.getTranslation("action.cancel"));
        confirm.open();
    }

    private static Div body(Component host, PublicationPreview preview) {
        Div body = new Div();
        body.addClassName("publish-confirmation");
        if (preview.invitations() == 0) {
            body.add(new Paragraph(host.getTranslation("course.publish.nobody")));
        } else {
            body.add(new Paragraph(host.getTranslation(
                    "course.publish.invite",
                    preview.participants(),
                    preview.trainers().size(),
                    preview.sessions(),
                    preview.invitations())));
            preview.subgroups()
                    .forEach(s -> body.add(new Paragraph(
                            host.getTranslation("course.publish.subgroup", s.number(), String.join(", ", s.names())))));
            if (!preview.trainers().isEmpty()) {
                body.add(new Paragraph(
                        host.getTranslation("course.publish.trainers", String.join(", ", preview.trainers()))));
            }
        }
        if (!preview.uninvited().isEmpty()) {
            body.add(new Paragraph(
                    host.getTranslation("course.publish.uninvited", String.join(", ", preview.uninvited()))));
        }
        body.add(new Paragraph(host.getTranslation("course.publish.visible")));
        return body;
    }
}
