package nl.pendel.shared.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text fields with a length limit whose own (browser-side) checks speak the user's language, so a
 * too-long value shows "Hoogstens 120 tekens." rather than an empty red field.
 */
public final class Fields {

    private Fields() {}

    public static TextField text(String label, int maxLength) {
        TextField field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(field.getTranslation("validation.max-length-field", maxLength))
                .setRequiredErrorMessage(field.getTranslation("validation.required-field")));
        return field;
    }

    public static EmailField email(String label, int maxLength) {
        EmailField field = new EmailField(label);
        field.setMaxLength(maxLength);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setMaxLengthErrorMessage(field.getTranslation("validation.max-length-field", maxLength))
                .setRequiredErrorMessage(field.getTranslation("validation.required-field"))
                .setPatternErrorMessage(field.getTranslation("validation.email-field")));
        return field;
    }

    public static PasswordField password(String label, int maxLength) {
        PasswordField field = new PasswordField(label);
        field.setMaxLength(maxLength);
        field.setI18n(new PasswordField.PasswordFieldI18n()
                .setMaxLengthErrorMessage(field.getTranslation("validation.max-length-field", maxLength))
                .setRequiredErrorMessage(field.getTranslation("validation.required-field")));
        return field;
    }
}
