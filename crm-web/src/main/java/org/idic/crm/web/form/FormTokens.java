package org.idic.crm.web.form;

import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page gets a fresh one-time token ({@code ${formToken}}) that the create forms send back in a
 * hidden field; their controllers pass it to {@code Submissions.once}, so the same form sent twice
 * creates one record and both answers lead to it. A form shown again with errors gets a new token, which
 * is right: nothing was created for the old one.
 */
@ControllerAdvice
public class FormTokens {

    /** The hidden field's name. */
    public static final String PARAMETER = "formToken";

    @ModelAttribute(PARAMETER)
    String formToken() {
        return UUID.randomUUID().toString();
    }
}
