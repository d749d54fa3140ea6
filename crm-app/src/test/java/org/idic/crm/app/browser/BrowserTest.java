package org.idic.crm.app.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A journey in a real browser against the whole application on a random port, in demo mode on a fresh
 * test database: the demo book of business and its two segmentation runs. Every browser test has the
 * same configuration, so they all share one application (and {@code ApplicationTest} shares it too).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crm.demo.enabled=true")
@WithTestDatabase
@Tag("browser")
@java.lang.annotation.Inherited
public @interface BrowserTest {
}
