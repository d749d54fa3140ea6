/**
 * Imports (issue 11): customers, contacts, products, orders and interactions from CSV or .xlsx files,
 * validated as a whole and written all or nothing, with undo. Files are read as streams into temporary staging tables (COPY);
 * validation is SQL over the whole file at once; the rows that pass go to the owning modules'
 * set-based writers ({@code CustomerImports}, {@code ContactImports}, {@code ActivityImports},
 * {@code InteractionImports}). Publishes {@code Audited}.
 * Tables: import_batch, import_record, import_mapping.
 */
@ApplicationModule(displayName = "Imports")
package org.idic.crm.domain.imports;

import org.springframework.modulith.ApplicationModule;
