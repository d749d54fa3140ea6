/**
 * The customer list: search, filters (by the current scores too), an allow-listed sort, paging, and the
 * export of the same rows. A read model over the customers and their current scores; no tables of its own.
 */
@ApplicationModule(displayName = "Customer list")
package org.idic.crm.domain.customerlist;

import org.springframework.modulith.ApplicationModule;
