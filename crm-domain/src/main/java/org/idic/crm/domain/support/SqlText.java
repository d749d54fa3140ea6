package org.idic.crm.domain.support;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL put together from named pieces: {@code {scope}} in the text is replaced by the piece named
 * "scope". Values never go in this way (they are named parameters, {@code :name}); only pieces of SQL
 * made by the code (a column, a condition, a table's name). Every slot must be filled and every piece
 * used, so a misspelt name fails at once instead of producing other SQL.
 */
public final class SqlText {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private SqlText() {
    }

    public static String fill(String template, Map<String, String> pieces) {
        Set<String> used = new HashSet<>();
        Matcher slot = SLOT.matcher(template);
        StringBuilder sql = new StringBuilder();
        while (slot.find()) {
            String piece = pieces.get(slot.group(1));
            if (piece == null) {
                throw new IllegalStateException("no SQL piece named " + slot.group(1));
            }
            used.add(slot.group(1));
            slot.appendReplacement(sql, Matcher.quoteReplacement(piece));
        }
        slot.appendTail(sql);
        if (!used.containsAll(pieces.keySet())) {
            throw new IllegalStateException("SQL pieces not used: " + pieces.keySet());
        }
        return sql.toString();
    }
}
