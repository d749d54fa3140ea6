package org.idic.crm.web.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business date (an order's, an interaction's, a complaint's, a follow-up's): from 1900 to a year from
 * today, see {@code DateBounds}. The message is the key {@code BusinessDate} in the user's language.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateBoundsValidator.Business.class)
public @interface BusinessDate {

    String message() default "must be between 1900 and a year from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
