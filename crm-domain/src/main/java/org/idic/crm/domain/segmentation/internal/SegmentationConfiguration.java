package org.idic.crm.domain.segmentation.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
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
        return executor;
    }
}
