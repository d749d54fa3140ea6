package org.idic.crm.segmentation.cli;

/** Input files with problems, all collected: exit status 2, no output written. */
final class BadInputException extends Exception {

    private final transient Problems problems;

    BadInputException(Problems problems) {
        super(problems.count() + " problem(s) in the input");
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }
}
