package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files come from their folders only: a link to a page never goes through the resource chain,
 * which searched the classpath for every link on every page (the cost found under load).
 */
@WebIntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void theStaticFilesAreServed() throws Exception {
        for (String path : new String[] {"/css/crm.css", "/js/crm.js", "/js/charts.js", "/js/busy.js", "/favicon.svg",
            "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/chart.js/dist/chart.umd.min.js"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
    }

    @Test
    void pageLinksAreNotLookedUpAsStaticFiles() {
        assertThat(resourceUrls.getHandlerMap()).isNotEmpty();
        AntPathMatcher matcher = new AntPathMatcher();
        for (String page : new String[] {"/customers", "/customers/42", "/reports/tiers", "/", "/login"}) {
            assertThat(resourceUrls.getHandlerMap().keySet()).as(page)
                    .noneMatch(pattern -> matcher.match(pattern, page));
        }
    }

    @Test
    void aWebJarLinkStillNamesItsVersion() {
        assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css");
    }
}
