package org.idic.crm.web.imports;

import jakarta.servlet.MultipartConfigElement;
import java.util.Locale;
import org.idic.crm.domain.imports.ImportProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Uploads are limited to the size an import accepts ({@code crm.import.max-file-size}), and a larger one
 * gets a page that says so in the user's language (413), not a server error. The upload form sends its
 * CSRF token in the URL: the token in a body too large to read would not be found, and the user would
 * get a 403 instead. The server reads (and drops) the rest of a refused body, so the browser is not cut
 * off mid-upload ({@code server.tomcat.max-swallow-size=-1}).
 */
@Configuration(proxyBeanMethods = false)
class ImportLimits {

    /** Room for the form's other fields and the multipart boundaries beside the file. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(ImportProperties properties) {
        long max = properties.maxFileSize().toBytes();
        return new MultipartConfigElement("", max, max + FORM_OVERHEAD, 1024 * 1024);
    }

    /** "200 MB", "64 KB": the limit as people read it. */
    static String size(long bytes) {
        return bytes >= 1 << 20 ? bytes / (1 << 20) + " MB" : bytes / 1024 + " KB";
    }

    @ControllerAdvice
    static class TooLarge {

        private final ImportProperties properties;
        private final MessageSource messages;

        TooLarge(ImportProperties properties, MessageSource messages) {
            this.properties = properties;
            this.messages = messages;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
        String tooLarge(Model model, Locale locale) {
            model.addAttribute("message", messages.getMessage("import.file.tooLarge",
                    new Object[] {size(properties.maxFileSize().toBytes())}, locale));
            return "imports/too-large";
        }
    }
}
