package org.idic.crm.domain.customer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A web site: http or https only, so that a stored link can never run script. */
public record WebAddress(String value) {

    public WebAddress {
        if (value == null || value.length() > 300) {
            throw new IllegalArgumentException("not a web address");
        }
        value = value.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // the authority, not getHost(): getHost() is null for internationalised names such as 例子.中国
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                    || uri.getRawAuthority().isBlank()) {
                throw new IllegalArgumentException("only http and https addresses");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a web address", e);
        }
    }

    public static String normalise(String input) {
        return input == null || input.isBlank() ? null : new WebAddress(input).value();
    }
}
