package org.idic.crm.app.backup;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The manifest as JSON, indented so that a person can read it ({@code unzip -p FILE manifest.json}). */
final class ManifestJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ManifestJson() {
    }

    static byte[] write(Manifest manifest) {
        return JSON.writeValueAsBytes(manifest);
    }

    static Manifest read(byte[] json) {
        try {
            return JSON.readValue(json, Manifest.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("its manifest.json cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
