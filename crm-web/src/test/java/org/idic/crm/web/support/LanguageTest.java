package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
@ExtendWith(DemoUsersExtension.class)
class LanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBrowserLanguageIsTheDefault() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").header("Accept-Language", "fr-FR,en;q=0.5"))
                .andExpect(content().string(containsString("Username")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Username")));
    }

    @Test
    void theChosenLanguageIsRememberedForTheUserAcrossSessions() throws Exception {
        jdbc.update("update app_user set locale = null");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("rep1").password("demo1234"))
                .andReturn().getRequest().getSession();

        mvc.perform(post("/preferences/language").session(session).with(csrf())
                        .param("lang", "zh-CN").param("returnTo", "/"))
                .andExpect(redirectedUrl("/"));

        assertThat(jdbc.queryForObject("select locale from app_user where username = 'rep1'", String.class))
                .isEqualTo("zh-CN");
        MockHttpSession nextSession = (MockHttpSession) mvc.perform(formLogin("/login").user("rep1").password("demo1234"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(nextSession).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("我的一天")));
    }

    @Test
    void theLanguageSwitchOnlyReturnsToPagesOfThisSite() throws Exception {
        mvc.perform(post("/preferences/language").with(csrf()).param("lang", "en")
                        .param("returnTo", "//evil.example/phish"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/preferences/language").with(csrf()).param("lang", "en")
                        .param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void everyEnumValueHasALabelInBothLanguages() throws Exception {
        var english = load("/messages.properties");
        var chinese = load("/messages_zh_CN.properties");
        java.util.List<Class<? extends Enum<?>>> shown = new java.util.ArrayList<>();
        FormOptions.ALL.values().forEach(values -> shown.add(values.get(0).getDeclaringClass()));
        shown.add(org.idic.crm.domain.activity.ComplaintStatus.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                assertThat(english.getProperty(key)).as(key).isNotBlank();
                assertThat(chinese.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void everySortOfTheCustomerListHasALabelInBothLanguages() throws Exception {
        var english = load("/messages.properties");
        var chinese = load("/messages_zh_CN.properties");
        for (var sort : org.idic.crm.domain.customerlist.CustomerSort.values()) {
            assertThat(english.getProperty("sort." + sort.name())).as("sort." + sort).isNotBlank();
            assertThat(chinese.getProperty("sort." + sort.name())).as("sort." + sort).isNotBlank();
        }
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws Exception {
        var english = load("/messages.properties");
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var pattern = java.util.regex.Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        for (var template : resolver.getResources("classpath:/templates/**/*.html")) {
            String html = new String(template.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var matcher = pattern.matcher(html);
            while (matcher.find()) {
                assertThat(english.getProperty(matcher.group(1))).as(template.getFilename() + ": " + matcher.group(1))
                        .isNotNull();
            }
        }
    }

    /** Every bundle of the application (messages, messages-segmentation, ...) merged, in one language. */
    static final String[] BUNDLES = {"messages", "messages-segmentation", "messages-settings", "messages-reports",
        "messages-export", "messages-lists", "messages-import", "messages-users"};

    private java.util.Properties load(String name) throws Exception {
        String suffix = name.endsWith("_zh_CN.properties") ? "_zh_CN" : "";
        var properties = new java.util.Properties();
        for (String bundle : BUNDLES) {
            try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/" + bundle + suffix
                    + ".properties"), java.nio.charset.StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    @Test
    void chineseMessagesCoverEveryEnglishKey() throws Exception {
        var english = load("/messages.properties");
        var chinese = load("/messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }
}
