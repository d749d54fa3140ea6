package org.idic.crm.domain.customer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.idic.crm.domain.access.RuleViolationException;

/** A web site: http or https only, so that a stored link can never run script. */
public record WebAddress(String value) {

    public WebAddress {
        if (value == null || value.length() > 300) {
            throw new RuleViolationException("website", "HttpUrl");
        }
        value = value.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // the authority, not getHost(): getHost() is null for internationalised names such as 例子.中国
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                    || uri.getRawAuthority().isBlank()) {
                throw new RuleViolationException("website", "HttpUrl");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolationException("website", "HttpUrl");
        }
    }

    public static String normalise(String input) {
        return input == null || input.isBlank() ? null : new WebAddress(input).value();
    }
}
