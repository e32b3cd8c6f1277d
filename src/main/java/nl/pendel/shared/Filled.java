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
 * The text holds something visible. Stricter than {@code @NotBlank}, which lets a name of only
 * no-break spaces or zero-width characters through (it trims only up to U+0020): see
 * {@link Texts#blank(CharSequence)}.
 */
@Documented
@Constraint(validatedBy = Filled.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Filled {

    String message() default "{validation.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Filled}. */
    class Validator implements ConstraintValidator<Filled, CharSequence> {

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return value != null && !Texts.blank(value);
        }
    }
}
