package nl.pendel.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A one-line text (a name, an e-mail address, a title, a location, a room): no control character
 * (Unicode category Cc, so no CR, LF or TAB either) and no line or paragraph separator (U+2028,
 * U+2029). Such a text goes into mail headers, calendar lines and file names, where a line break
 * would start a header or a property of its own. Forms show {@code validation.one-line}; services
 * refuse it the same way (Bean Validation on their drafts, or {@link OneLineText#check} where
 * they take plain strings), so nothing is stored.
 */
@Documented
@Constraint(validatedBy = OneLine.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLine {

    String message() default "{" + OneLineText.KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link OneLine}. */
    class Validator implements ConstraintValidator<OneLine, CharSequence> {

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return OneLineText.holds(value);
        }
    }
}
