package org.idic.crm.domain.activity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Interactions; whether the actor may see one is its customer's business (VisibleCustomers). */
public interface InteractionRepository extends JpaRepository<Interaction, Long> {
}
