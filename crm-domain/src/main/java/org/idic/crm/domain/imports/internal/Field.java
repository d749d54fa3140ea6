package org.idic.crm.domain.imports.internal;

import java.util.List;
import java.util.Set;

/**
 * One column an import understands: its name (the header of the templates), what its values must look
 * like, and the headers it is recognised by in English and Chinese.
 */
public record Field(String name, Type type, int maxLength, Set<String> values, List<String> aliases) {

    /** What a value must look like. */
    public enum Type { TEXT, INTEGER, DECIMAL, DATE, DATETIME, ENUM, EMAIL, PHONE, BOOLEAN }

    static Field text(String name, int maxLength, String... aliases) {
        return new Field(name, Type.TEXT, maxLength, Set.of(), List.of(aliases));
    }

    static Field of(String name, Type type, String... aliases) {
        return new Field(name, type, 0, Set.of(), List.of(aliases));
    }

    static Field oneOf(String name, Set<String> values, String... aliases) {
        return new Field(name, Type.ENUM, 0, values, List.of(aliases));
    }
}
