package org.idic.crm.domain.activity;

import java.math.BigDecimal;
import java.time.Clock;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.internal.Complaint;
import org.idic.crm.domain.activity.internal.ComplaintRepository;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.ContactView;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.CustomerRef;
import org.idic.crm.domain.customer.CustomerTouched;
import org.idic.crm.domain.customer.VisibleCustomers;
import org.idic.crm.domain.user.UserAccounts;
import java.util.Map;
import org.idic.crm.domain.support.Changes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Taking complaints through their four steps. The customer's owner handles them. */
@Service
@Transactional
public class Complaints {

    static final String ENTITY = "complaint";

    private final ComplaintRepository complaints;
    private final Contacts contacts;
    private final UserAccounts users;
    private final VisibleCustomers visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Complaints(ComplaintRepository complaints, Contacts contacts, UserAccounts users,
            VisibleCustomers visible, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.contacts = contacts;
        this.users = users;
        this.visible = visible;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ComplaintView get(Actor actor, Long id) {
        Complaint c = find(id);
        CustomerRef customer = visible.requireVisible(actor, ENTITY, id, c.getCustomerId());
        return ComplaintView.of(c, clock.instant(), customer.name(),
                contacts.atCustomer(customer.id(), c.getContactId()).map(ContactView::name).orElse(null),
                users.displayNames(java.util.Arrays.asList(c.getHandlerId(), c.getReceivedBy(), c.getAssessedBy(),
                        c.getResolutionBy(), c.getClosedBy())));
    }

    /** Step 1. */
    public Long receive(Actor actor, Long customerId, ComplaintDetails details) {
        CustomerRef customer = visible.require(actor, customerId);
        ContactView contact = details.contactId() == null ? null : contacts.atCustomer(customerId,
                details.contactId()).orElseThrow(() -> new RuleViolationException("contactId",
                        "complaint.contact.unknown"));
        Complaint complaint = complaints.save(Complaint.receive(customerId, contact, details, me(actor),
                customer.ownerId()));
        events.publishEvent(new CustomerTouched(customerId, clock.instant()));
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, complaint.getId(),
                Changes.of(complaint.auditValues()), clock.instant()).onCustomer(customerId));
        return complaint.getId();
    }

    /** Step 2, founded. */
    public void validate(Actor actor, Long id, long version) {
        Complaint c = forStep(actor, id, version);
        Map<String, Object> before = c.auditValues();
        c.validate(me(actor), clock.instant());
        recorded(actor, c, before);
    }

    /** Step 2, not founded. */
    public void reject(Actor actor, Long id, long version, String reason) {
        Complaint c = forStep(actor, id, version);
        Map<String, Object> before = c.auditValues();
        c.reject(me(actor), clock.instant(), reason);
        recorded(actor, c, before);
    }

    /** Step 3. */
    public void proposeResolution(Actor actor, Long id, long version, String resolution, BigDecimal cost) {
        Complaint c = forStep(actor, id, version);
        Map<String, Object> before = c.auditValues();
        c.proposeResolution(me(actor), clock.instant(), resolution, cost);
        recorded(actor, c, before);
    }

    /** Step 4. */
    public void followUpAndClose(Actor actor, Long id, long version, String notes, Integer satisfaction) {
        Complaint c = forStep(actor, id, version);
        Map<String, Object> before = c.auditValues();
        c.followUpAndClose(me(actor), clock.instant(), notes, satisfaction);
        recorded(actor, c, before);
    }

    private Complaint forStep(Actor actor, Long id, long version) {
        Complaint c = require(actor, id);
        ConcurrentEditException.check(ENTITY, id, version, c.getVersion());
        return c;
    }

    private void recorded(Actor actor, Complaint c, Map<String, Object> before) {
        events.publishEvent(new CustomerTouched(c.getCustomerId(), clock.instant()));
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, c.getId(),
                Changes.between(before, c.auditValues()), clock.instant()).onCustomer(c.getCustomerId()));
    }

    private static Long me(Actor actor) {
        return actor.userId();
    }

    private Complaint require(Actor actor, Long id) {
        Complaint c = find(id);
        visible.requireVisible(actor, ENTITY, id, c.getCustomerId());
        return c;
    }

    private Complaint find(Long id) {
        return (id == null ? java.util.Optional.<Complaint>empty() : complaints.findById(id))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
