package org.idic.crm.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Domain refusals become the matching error page. (Forms catch concurrent edits and rule violations
 * themselves, to show them beside what the user typed; what reaches this handler has no form.) A link
 * with a value the application does not know ({@code ?tier=mvc}, a stale run id) gets the error page in
 * the user's language, naming the parameter, whatever the browser said it accepts.
 */
@ControllerAdvice
class WebExceptionHandler {

    /** A request parameter that could not be read. */
    record BadParameter(String name, String value) {

        static BadParameter of(String name, Object value) {
            String text = value instanceof Object[] values ? String.join(", ", java.util.Arrays.stream(values)
                    .map(String::valueOf).toList()) : String.valueOf(value);
            return new BadParameter(name, text.length() > 100 ? text.substring(0, 100) + "…" : text);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(NotPermittedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notPermitted() {
        return "error/403";
    }

    @ExceptionHandler(ConcurrentEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    @ExceptionHandler(BadRequestException.class)
    String badRequest(HttpServletResponse response, Model model) {
        return badLink(response, model, List.of());
    }

    /** Query parameters bound to a request object (the customer list's filters, the report filters). */
    @ExceptionHandler(BindException.class)
    String unreadableParameters(BindException e, HttpServletResponse response, Model model) {
        return badLink(response, model, e.getFieldErrors().stream()
                .map(error -> BadParameter.of(error.getField(), error.getRejectedValue())).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unreadableParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        return badLink(response, model, List.of(BadParameter.of(e.getName(), e.getValue())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(MissingServletRequestParameterException e, HttpServletResponse response, Model model) {
        return badLink(response, model, List.of(BadParameter.of(e.getParameterName(), "")));
    }

    private static String badLink(HttpServletResponse response, Model model, List<BadParameter> parameters) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("badParameters", parameters);
        return "error/400";
    }
}
