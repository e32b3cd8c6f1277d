package nl.pendel.shared;

/**
 * A refusal the user should read: carries a translation key (and its arguments) instead of a
 * technical message. Services throw it for validation, duplicates and conflicts; views show it.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
