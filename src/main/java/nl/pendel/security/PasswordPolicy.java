package nl.pendel.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules every password must follow: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH} (long pass phrases are welcome), not only white space.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The translation key of what is wrong with this password, or empty when it is fine. */
    public static Optional<String> problem(@Nullable String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.error.too-short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.error.too-long");
        }
        return Optional.empty();
    }
}
