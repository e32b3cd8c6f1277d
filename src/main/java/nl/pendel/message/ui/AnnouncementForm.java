package nl.pendel.message.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.pendel.message.AnnouncementDraft;
import nl.pendel.message.Audience;
import nl.pendel.message.MessageService;
import nl.pendel.message.MessagesPage;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.Notifications;

/**
 * A new announcement: to the whole course, one subgroup or one participant, with a subject and a
 * text. A refusal (empty, too long, a resident's identifier) keeps what was typed.
 */
class AnnouncementForm extends Div {

    final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>();
    final Select<MessagesPage.Addressee> subgroup = new Select<>();
    final ComboBox<MessagesPage.Addressee> person = new ComboBox<>();
    final TextField subject;
    final TextArea body;

    AnnouncementForm(MessagesPage page, Consumer<AnnouncementDraft> send) {
        addClassName("card");
        addClassName("announcement-form");
        add(new H3(getTranslation("message.new")));
        audience.setLabel(getTranslation("message.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        audience.setValue(Audience.COURSE);
        subgroup.setLabel(getTranslation("message.subgroup"));
        subgroup.setItems(page.subgroups());
        subgroup.setItemLabelGenerator(s -> getTranslation("message.subgroup.item", s.label()));
        person.setLabel(getTranslation("message.person"));
        person.setItems(page.participants());
        person.setItemLabelGenerator(MessagesPage.Addressee::label);
        subject = Fields.text(getTranslation("message.subject"), MessageService.SUBJECT_MAX);
        subject.setWidthFull();
        body = new TextArea(getTranslation("message.body"));
        body.setMaxLength(MessageService.BODY_MAX);
        body.setWidthFull();
        body.setHelperText(getTranslation("message.body.help"));
        audience.addValueChangeListener(e -> showAddressee());
        showAddressee();
        add(audience, subgroup, person, subject, body, MessagesView.primary(getTranslation("message.send"), () -> {
            try {
                send.accept(draft());
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
        }));
    }

    private void showAddressee() {
        subgroup.setVisible(audience.getValue() == Audience.SUBGROUP);
        person.setVisible(audience.getValue() == Audience.PERSON);
    }

    private AnnouncementDraft draft() {
        Audience to = audience.getValue() == null ? Audience.COURSE : audience.getValue();
        return new AnnouncementDraft(
                to,
                to == Audience.SUBGROUP && subgroup.getValue() != null
                        ? subgroup.getValue().id()
                        : null,
                to == Audience.PERSON && person.getValue() != null
                        ? person.getValue().id()
                        : null,
                subject.getValue(),
                body.getValue());
    }
}
