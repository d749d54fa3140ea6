package org.idic.crm.domain.imports;

/** The user cancelled a running import; its transaction was rolled back and nothing was written. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("import cancelled");
    }
}
