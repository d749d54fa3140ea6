package org.idic.crm.web.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A birth date or birthday: from 1900 to today, see {@code DateBounds}. The message is the key
 * {@code BirthDate} in the user's language.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateBoundsValidator.Birth.class)
public @interface BirthDate {

    String message() default "must be between 1900 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
