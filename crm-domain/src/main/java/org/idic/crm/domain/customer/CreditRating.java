package org.idic.crm.domain.customer;

/** Credit rating of an organisation, best first. */
public enum CreditRating {
    AAA, AA, A, BBB, BB, B, C
}
