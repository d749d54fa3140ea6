package org.idic.crm.app.database;

import java.nio.file.Path;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL the moment the application context begins to refresh, on a thread of its
 * own, so that the server's start overlaps Spring's reading of its configuration (the longest part of
 * start-up) instead of following it. Decided once every initializer has set its properties (a test's
 * database URL included), with the same rule as {@link NoDatasourceConfigured}.
 */
class EarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new Starter(context.getEnvironment()));
    }

    /** Called before any configuration class is read; registers the server being started. */
    private record Starter(Environment environment) implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            if (!NoDatasourceConfigured.matches(environment)
                    || !(registry instanceof ConfigurableListableBeanFactory factory)
                    || !(registry instanceof DefaultSingletonBeanRegistry singletons)) {
                return;
            }
            // a jar built without PostgreSQL says so now, not after the whole configuration has been read
            BundledArchive.forThisPlatform();
            StartingDatabase starting = StartingDatabase.begin(Path.of(environment.getProperty("crm.data-dir",
                    EmbeddedDatabaseConfiguration.DEFAULT_DATA_DIR)));
            factory.registerSingleton(StartingDatabase.BEAN, starting);
            singletons.registerDisposableBean(StartingDatabase.BEAN, starting);
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            // everything is done above
        }
    }
}
