package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.stream.Stream;
import nl.pendel.shared.DatabaseErrors;
import nl.pendel.shared.UserFacingException;

/**
 * A dialog around a form, with Save and Cancel. Save runs the given action, which answers whether
 * it is done (false: the form shows what to correct); the dialog then closes. When the action
 * refuses with a {@link UserFacingException} the message shows in the dialog and the dialog stays
 * open with everything the user typed; the same when the database cannot be reached for a moment.
 *
 * <p>Enter saves only from a one-line text field (text, number, e-mail, password). In a date
 * picker Enter confirms the date, in a combo box it chooses the item, in a text area it starts a
 * new line: none of them saves the dialog half filled in (issue 16).
 */
public class FormDialog extends Dialog {

    private final Div error = new Div();

    public FormDialog(String title, Component form, SerializableSupplier<Boolean> save) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error, form);

        Button saveButton = new Button(getTranslation("action.save"), click -> {
            try {
                if (save.get()) {
                    close();
                }
            } catch (UserFacingException e) {
                showError(getTranslation(e.messageKey(), e.arguments()));
            } catch (RuntimeException e) {
                // nothing stored; everything typed stays, so saving again is one click
                if (DatabaseErrors.conflict(e)) {
                    showError(getTranslation("error.database-conflict"));
                } else if (DatabaseErrors.unavailable(e)) {
                    showError(getTranslation("error.database-unavailable"));
                } else {
                    throw e;
                }
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Component[] oneLineFields = oneLineFields(form).toArray(Component[]::new);
        if (oneLineFields.length > 0) {
            saveButton.addClickShortcut(Key.ENTER).listenOn(oneLineFields);
        }
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
    }

    /** The form's fields where Enter means "done": one-line text input, not date, choice or text area. */
    private static Stream<Component> oneLineFields(Component component) {
        if (component instanceof TextFieldBase<?, ?> && !(component instanceof TextArea)) {
            return Stream.of(component);
        }
        return component.getChildren().flatMap(FormDialog::oneLineFields);
    }

    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
