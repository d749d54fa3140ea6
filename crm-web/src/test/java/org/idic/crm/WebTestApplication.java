package org.idic.crm;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web module's tests run the domain and web layers together, against real PostgreSQL, with the
 * real security configuration; only the application module's embedded database and start-up are absent.
 */
@SpringBootApplication
class WebTestApplication {
}
