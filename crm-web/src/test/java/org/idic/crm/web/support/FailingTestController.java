package org.idic.crm.web.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only endpoint that fails, to show what a user sees when something breaks on the server. */
@Controller
class FailingTestController {

    @GetMapping("/test/boom")
    String boom() {
        throw new IllegalStateException("secret internal detail at org.idic.crm.Something");
    }
}
