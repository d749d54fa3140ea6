package org.idic.crm.domain.segmentation.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SegmentationProperties.class)
class SegmentationConfiguration {

    /** One background thread: there is never more than one run at a time anyway. */
    @Bean
    ThreadPoolTaskExecutor segmentationExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1);
        executor.setThreadNamePrefix("segmentation-");
        executor.setDaemon(true);
        // a run in progress at shutdown is waited for in the same phase, and so within the same grace period
        // (spring.lifecycle.timeout-per-shutdown-phase), as the requests in progress: the phase of Boot's
        // WebServerGracefulShutdownLifecycle. In a phase of its own (the default) the run's wait came after the
        // requests' wait, and a download and a run going at once made the shutdown last twice the grace period
        executor.setPhase(SmartLifecycle.DEFAULT_PHASE - 1024);
        return executor;
    }
}
