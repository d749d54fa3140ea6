package org.idic.crm.domain.interaction;

import java.time.Clock;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.Contact;
import org.idic.crm.domain.customer.ContactRepository;
import org.idic.crm.domain.customer.Customer;
import org.idic.crm.domain.customer.VisibleCustomers;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging interactions and doing the follow-ups they call for. */
@Service
@Transactional
public class Interactions {

    static final String ENTITY = "interaction";

    private final InteractionRepository interactions;
    private final ContactRepository contacts;
    private final UserAccounts users;
    private final VisibleCustomers visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Interactions(InteractionRepository interactions, ContactRepository contacts, UserAccounts users,
            VisibleCustomers visible, ApplicationEventPublisher events, Clock clock) {
        this.interactions = interactions;
        this.contacts = contacts;
        this.users = users;
        this.visible = visible;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InteractionView get(Actor actor, Long id) {
        Interaction interaction = require(actor, id);
        return InteractionView.of(interaction, users.find(interaction.getUserId()).map(UserView::displayName)
                .orElse(null));
    }

    /** Logs an interaction as done by the actor. */
    public Long log(Actor actor, Long customerId, InteractionDetails details) {
        Customer customer = visible.require(actor, customerId);
        Interaction interaction = interactions.save(new Interaction(customer, actor.userId(),
                details, contact(customer, details.contactId()), clock.getZone()));
        customer.touch(clock.instant());
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, interaction.getId(),
                Changes.of(interaction.auditValues()), clock.instant()));
        return interaction.getId();
    }

    /**
     * Logs the interaction a follow-up led to and marks that follow-up done, in one step (from My day).
     */
    public Long logFollowUp(Actor actor, Long customerId, InteractionDetails details, Long followUpOf) {
        Long id = log(actor, customerId, details);
        if (followUpOf != null) {
            Interaction earlier = require(actor, followUpOf);
            if (!earlier.getCustomer().getId().equals(customerId)) {
                throw new RuleViolationException(null, "interaction.followUp.otherCustomer");
            }
            if (earlier.getFollowUpOn() != null) {
                earlier.completeFollowUp(clock.instant());
            }
        }
        return id;
    }

    public Long update(Actor actor, Long id, long version, InteractionDetails details) {
        Interaction interaction = require(actor, id);
        ConcurrentEditException.check(ENTITY, id, version, interaction.getVersion());
        Map<String, Object> before = interaction.auditValues();
        interaction.update(details, contact(interaction.getCustomer(), details.contactId()), clock.getZone());
        interaction.getCustomer().touch(clock.instant());
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id,
                Changes.between(before, interaction.auditValues()), clock.instant()));
        return interaction.getCustomer().getId();
    }

    /** Marks the follow-up done; returns the customer's id. */
    public Long completeFollowUp(Actor actor, Long id) {
        Interaction interaction = require(actor, id);
        Map<String, Object> before = interaction.auditValues();
        interaction.completeFollowUp(clock.instant());
        interaction.getCustomer().touch(clock.instant());
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id,
                Changes.between(before, interaction.auditValues()), clock.instant()));
        return interaction.getCustomer().getId();
    }

    public Long delete(Actor actor, Long id) {
        Interaction interaction = require(actor, id);
        Long customerId = interaction.getCustomer().getId();
        events.publishEvent(Audited.of(actor, AuditAction.DELETE, ENTITY, id,
                Changes.of(interaction.auditValues()), clock.instant()));
        interactions.delete(interaction);
        return customerId;
    }

    private Contact contact(Customer customer, Long contactId) {
        if (contactId == null) {
            return null;
        }
        return contacts.findById(contactId).filter(c -> c.getCustomer().equals(customer))
                .orElseThrow(() -> new RuleViolationException("contactId", "interaction.contact.unknown"));
    }

    private Interaction require(Actor actor, Long id) {
        return interactions.findVisible(id, actor.scope())
                .orElseThrow(() -> visible.notFound(actor, ENTITY, id, id != null && interactions.existsById(id)));
    }
}
