package org.idic.crm.domain.imports;

import org.idic.crm.domain.access.RuleViolationException;

/**
 * The file as a whole cannot be imported (too large, not text, empty, a formula in a cell...): nothing
 * was written. The code is a message key ({@code import.file.*}).
 */
public class ImportRefusedException extends RuleViolationException {

    public ImportRefusedException(String code, Object... arguments) {
        super("file", code, arguments);
    }
}
