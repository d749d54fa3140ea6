package org.idic.crm.domain.support;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Listeners of events between the modules ({@code @ApplicationModuleListener}) run after the publishing
 * transaction has committed, on threads of their own, so that the user's request does not wait for the
 * audit trail or the last-activity stamp. Their executor is named here, not left to whichever executor
 * happens to be a bean (the segmentation run's single thread is one). Its queue is unbounded: an event is
 * never refused for want of a thread, and the registry keeps it until it is handled anyway. As a bean it
 * stops with the application before the database connections close, handling what is queued first.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

    @Bean
    ThreadPoolTaskExecutor moduleListenerExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setThreadNamePrefix("events-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    AsyncConfigurer moduleListenerAsync(@Qualifier("moduleListenerExecutor") ThreadPoolTaskExecutor executor) {
        return new AsyncConfigurer() {
            @Override
            public java.util.concurrent.Executor getAsyncExecutor() {
                return executor;
            }
        };
    }
}
