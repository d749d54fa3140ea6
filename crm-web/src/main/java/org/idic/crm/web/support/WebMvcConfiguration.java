package org.idic.crm.web.support;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebMvcConfiguration implements WebMvcConfigurer {

    /** The only URL patterns served from files: everything else is a page. */
    static final List<String> STATIC_PATTERNS = List.of("/webjars/**", "/css/**", "/js/**", "/favicon.svg");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    /**
     * The static files, by their folders, instead of Spring Boot's catch-all {@code /**}
     * ({@code spring.web.resources.add-mappings=false}). With the catch-all, every link a page writes
     * ({@code @{/customers/42}}, a hundred on a list page) passed through the resource chain, which
     * looked for it in four classpath folders of every jar in the application's jar, under the nested
     * jars' locks, and remembered only the files it found: a third of a page's time under load, and the
     * reason 32 users got no more pages a second than one (docs/benchmarks.md).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
    }
}
