package org.idic.crm.web.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

class DemoModeLoginPageTest {

    @Nested
    @WebIntegrationTest
    class InDemoMode {
        @Autowired
        MockMvc mvc;

        @Test
        void theLoginPageListsTheDemoUsers() throws Exception {
            mvc.perform(get("/login")).andExpect(content().string(containsString("demo1234")))
                    .andExpect(content().string(containsString("manager2")));
        }
    }

    @Nested
    @SpringBootTest(properties = "crm.demo.enabled=false")
    @AutoConfigureMockMvc
    @WithTestDatabase
    class InProduction {
        @Autowired
        MockMvc mvc;

        @Test
        void theLoginPageListsNobody() throws Exception {
            mvc.perform(get("/login")).andExpect(content().string(not(containsString("demo1234"))))
                    .andExpect(content().string(not(containsString("manager2"))));
        }
    }
}
