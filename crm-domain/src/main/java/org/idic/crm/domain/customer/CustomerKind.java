package org.idic.crm.domain.customer;

/** An individual person or an organisation. */
public enum CustomerKind {
    INDIVIDUAL, ORGANISATION
}
