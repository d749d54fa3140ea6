package org.idic.crm.domain.customer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.internal.Contact;
import org.idic.crm.domain.customer.internal.ContactRepository;
import org.idic.crm.domain.customer.internal.Customer;
import org.idic.crm.domain.customer.internal.LastActivity;
import org.idic.crm.domain.support.Changes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people at a customer. At most one is the primary contact. */
@Service
@Transactional
public class Contacts {

    static final String ENTITY = "contact";

    private final ContactRepository contacts;
    private final VisibleCustomers visible;
    private final LastActivity lastActivity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contacts(ContactRepository contacts, VisibleCustomers visible, LastActivity lastActivity,
            ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.visible = visible;
        this.lastActivity = lastActivity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContactView> ofCustomer(Actor actor, Long customerId) {
        visible.require(actor, customerId);
        return contacts.findByCustomer(customerId).stream().map(ContactView::of).toList();
    }

    @Transactional(readOnly = true)
    public ContactView get(Actor actor, Long id) {
        return ContactView.of(require(actor, id));
    }

    public Long add(Actor actor, Long customerId, ContactDetails details) {
        Customer customer = visible.entity(actor, customerId);
        if (details.primary()) {
            demoteOthers(customerId, null);
        }
        Contact contact = contacts.save(new Contact(customer, details));
        lastActivity.stamp(customerId, clock.instant());
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, contact.getId(),
                Changes.of(contact.auditValues()), clock.instant()).onCustomer(customerId));
        return contact.getId();
    }

    public Long update(Actor actor, Long id, long version, ContactDetails details) {
        Contact contact = require(actor, id);
        ConcurrentEditException.check(ENTITY, id, version, contact.getVersion());
        Map<String, Object> before = contact.auditValues();
        if (details.primary()) {
            demoteOthers(contact.getCustomer().getId(), id);
        }
        contact.update(details);
        lastActivity.stamp(contact.getCustomer().getId(), clock.instant());
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id,
                Changes.between(before, contact.auditValues()), clock.instant())
                .onCustomer(contact.getCustomer().getId()));
        return contact.getCustomer().getId();
    }

    public Long delete(Actor actor, Long id) {
        Contact contact = require(actor, id);
        Long customerId = contact.getCustomer().getId();
        events.publishEvent(Audited.of(actor, AuditAction.DELETE, ENTITY, id,
                Changes.of(contact.auditValues()), clock.instant()).onCustomer(customerId));
        contacts.delete(contact);
        return customerId;
    }

    /**
     * A contact of a customer, for the records of other modules that name one (whose customer the caller
     * has checked the actor may see): empty when there is no such contact at that customer.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ContactView> atCustomer(Long customerId, Long contactId) {
        return contactId == null ? java.util.Optional.empty() : contacts.findById(contactId)
                .filter(c -> c.getCustomer().getId().equals(customerId)).map(ContactView::of);
    }

    private void demoteOthers(Long customerId, Long keep) {
        contacts.findByCustomer(customerId).stream().filter(c -> c.isPrimary() && !c.getId().equals(keep))
                .forEach(Contact::demote);
        contacts.flush(); // the one-primary index is checked per statement
    }

    private Contact require(Actor actor, Long id) {
        return contacts.findVisible(id, actor.scope())
                .orElseThrow(() -> visible.notFound(actor, ENTITY, id, id != null && contacts.existsById(id)));
    }
}
