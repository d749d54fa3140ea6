package org.idic.crm.domain.imports;

/** A row that looks like an existing customer, with the customer it matches and on what. */
public record PossibleDuplicate(long line, String name, String matchNumber, String matchName, String matchedOn) {
}
