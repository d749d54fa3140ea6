package org.idic.crm.domain.user;

import java.time.Clock;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.user.internal.AppUser;
import org.idic.crm.domain.user.internal.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every user changes their own password, knowing the current one; this also ends a one-time password. */
@Service
@Transactional
public class OwnPassword {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnPassword(UserRepository users, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    public void change(Actor actor, String current, String chosen) {
        AppUser user = users.findById(actor.userId())
                .orElseThrow(() -> new NotFoundException(UserAdministration.ENTITY, actor.userId()));
        if (current == null || !encoder.matches(current, user.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.require("newPassword", chosen, user.getUsername());
        if (chosen.equals(current)) {
            throw new RuleViolationException("newPassword", "password.unchanged");
        }
        user.changePasswordHash(encoder.encode(chosen));
        events.publishEvent(Audited.of(actor, AuditAction.PASSWORD_CHANGE, UserAdministration.ENTITY, user.getId(),
                null, clock.instant()));
    }
}
