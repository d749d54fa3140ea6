package org.idic.crm.domain.user;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * Delegating encoder: new hashes are {@code {bcrypt-sha256}} (bcrypt after SHA-256, so that passwords
     * up to the policy's 128 characters count whole); {@code {bcrypt}} hashes from before still sign in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(PrehashingBcrypt.ID, new PrehashingBcrypt());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PrehashingBcrypt.ID, encoders);
    }
}
