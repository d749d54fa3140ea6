package org.idic.crm.segmentation.cli;

/** A wrong command line: reported in one line with a pointer to --help, exit status 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
