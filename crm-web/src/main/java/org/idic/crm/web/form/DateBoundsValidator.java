package org.idic.crm.web.form;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import org.idic.crm.domain.support.DateBounds;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks {@link BusinessDate} and {@link BirthDate} against the application's clock ("today" in its zone). */
abstract class DateBoundsValidator<A extends java.lang.annotation.Annotation>
        implements ConstraintValidator<A, Temporal> {

    private final Clock clock;

    DateBoundsValidator(Clock clock) {
        this.clock = clock;
    }

    abstract boolean accepts(LocalDate date, Clock clock);

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate date = value instanceof LocalDateTime time ? time.toLocalDate() : LocalDate.from(value);
        return accepts(date, clock);
    }

    static final class Business extends DateBoundsValidator<BusinessDate> {

        @Autowired
        Business(Clock clock) {
            super(clock);
        }

        /** Outside Spring (a plain validator in a unit test): the system clock. */
        Business() {
            super(Clock.systemDefaultZone());
        }

        @Override
        boolean accepts(LocalDate date, Clock clock) {
            return DateBounds.businessDate(date, clock);
        }
    }

    static final class Birth extends DateBoundsValidator<BirthDate> {

        @Autowired
        Birth(Clock clock) {
            super(clock);
        }

        /** Outside Spring (a plain validator in a unit test): the system clock. */
        Birth() {
            super(Clock.systemDefaultZone());
        }

        @Override
        boolean accepts(LocalDate date, Clock clock) {
            return DateBounds.birthDate(date, clock);
        }
    }
}
