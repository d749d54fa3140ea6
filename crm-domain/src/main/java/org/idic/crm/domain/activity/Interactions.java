package org.idic.crm.domain.activity;

import java.time.Clock;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.internal.Interaction;
import org.idic.crm.domain.activity.internal.InteractionRepository;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.ContactView;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.CustomerRef;
import org.idic.crm.domain.customer.CustomerTouched;
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
    private final Contacts contacts;
    private final UserAccounts users;
    private final VisibleCustomers visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Interactions(InteractionRepository interactions, Contacts contacts, UserAccounts users, VisibleCustomers visible,
            ApplicationEventPublisher events, Clock clock) {
        this.interactions = interactions;
        this.contacts = contacts;
        this.users = users;
        this.visible = visible;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InteractionView get(Actor actor, Long id) {
        Interaction interaction = find(id);
        CustomerRef customer = visible.requireVisible(actor, ENTITY, id, interaction.getCustomerId());
        return InteractionView.of(interaction, customer.name(),
                contacts.atCustomer(customer.id(), interaction.getContactId()).map(ContactView::name).orElse(null),
                users.find(interaction.getUserId()).map(UserView::displayName).orElse(null));
    }

    /** Logs an interaction as done by the actor. */
    public Long log(Actor actor, Long customerId, InteractionDetails details) {
        visible.require(actor, customerId);
        Interaction interaction = interactions.save(new Interaction(customerId, actor.userId(), details,
                contact(customerId, details.contactId()), clock.getZone()));
        worked(actor, interaction, AuditAction.CREATE, Changes.of(audited(interaction)));
        return interaction.getId();
    }

    /**
     * Logs the interaction a follow-up led to and marks that follow-up done, in one step (from My day).
     */
    public Long logFollowUp(Actor actor, Long customerId, InteractionDetails details, Long followUpOf) {
        Long id = log(actor, customerId, details);
        if (followUpOf != null) {
            Interaction earlier = require(actor, followUpOf);
            if (!earlier.getCustomerId().equals(customerId)) {
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
        Map<String, Object> before = audited(interaction);
        interaction.update(details, contact(interaction.getCustomerId(), details.contactId()), clock.getZone());
        worked(actor, interaction, AuditAction.UPDATE, Changes.between(before, audited(interaction)));
        return interaction.getCustomerId();
    }

    /** Marks the follow-up done; returns the customer's id. */
    public Long completeFollowUp(Actor actor, Long id) {
        Interaction interaction = require(actor, id);
        Map<String, Object> before = audited(interaction);
        interaction.completeFollowUp(clock.instant());
        worked(actor, interaction, AuditAction.UPDATE, Changes.between(before, audited(interaction)));
        return interaction.getCustomerId();
    }

    public Long delete(Actor actor, Long id) {
        Interaction interaction = require(actor, id);
        events.publishEvent(Audited.of(actor, AuditAction.DELETE, ENTITY, id, Changes.of(audited(interaction)),
                clock.instant()).onCustomer(interaction.getCustomerId()));
        interactions.delete(interaction);
        return interaction.getCustomerId();
    }

    /** Someone worked on the interaction's customer: audited, and the customer's last activity moves on. */
    private void worked(Actor actor, Interaction interaction, AuditAction action, String changes) {
        events.publishEvent(new CustomerTouched(interaction.getCustomerId(), clock.instant()));
        events.publishEvent(Audited.of(actor, action, ENTITY, interaction.getId(), changes, clock.instant()).onCustomer(interaction.getCustomerId()));
    }

    /** The interaction's values for the audit trail, its contact by name. */
    private Map<String, Object> audited(Interaction interaction) {
        Map<String, Object> values = interaction.auditValues();
        values.put("contact", contacts.atCustomer(interaction.getCustomerId(), interaction.getContactId())
                .map(ContactView::name).orElse(null));
        return values;
    }

    private ContactView contact(Long customerId, Long contactId) {
        if (contactId == null) {
            return null;
        }
        return contacts.atCustomer(customerId, contactId)
                .orElseThrow(() -> new RuleViolationException("contactId", "interaction.contact.unknown"));
    }

    private Interaction require(Actor actor, Long id) {
        Interaction interaction = find(id);
        visible.requireVisible(actor, ENTITY, id, interaction.getCustomerId());
        return interaction;
    }

    private Interaction find(Long id) {
        return (id == null ? java.util.Optional.<Interaction>empty() : interactions.findById(id))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
