package org.idic.crm.web.support;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

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
        // a year in the browser's cache: WebJars are named by their version, our own files by their content's
        // hash (/css/crm-5d41402a.css, written into the pages by the ResourceUrlEncodingFilter), so a new
        // release changes the names
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year).resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }
}
