package org.idic.crm.app.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when nobody configured a database: then the CRM brings its own. */
class NoDatasourceConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return matches(context.getEnvironment())
                ? ConditionOutcome.match("no spring.datasource.url")
                : ConditionOutcome.noMatch("spring.datasource.url is set");
    }

    static boolean matches(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
