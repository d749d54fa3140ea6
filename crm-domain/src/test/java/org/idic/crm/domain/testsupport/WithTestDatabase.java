package org.idic.crm.domain.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against real PostgreSQL (see {@link TestDatabase}). Combine with
 * {@code @SpringBootTest} or {@code @DataJpaTest} (plus {@code @AutoConfigureTestDatabase(replace = NONE)}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface WithTestDatabase {
}
