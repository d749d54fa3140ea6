package org.idic.crm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.Locale;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/** A download the user cancels half-way: the export stops and the audit says how far it got. */
@WebIntegrationTest
class InterruptedExportTest {

    @Autowired
    CustomerExportController controller;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCancelledDownloadStopsTheExportAndIsAuditedAsInterrupted() {
        scenario.reset();
        scenario.bulkCustomersOf("rep1", 3000, "Bulk");
        IOException gone = new IOException("Broken pipe");
        MockHttpServletResponse response = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    long written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 50_000) {
                            throw gone;
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
            }
        };
        CustomerListRequest everything = new CustomerListRequest(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> controller.export(everything, "csv", scenario.actor("rep1"), Locale.ENGLISH,
                response)).isSameAs(gone);

        String details = jdbc.queryForObject("select details from audit_event where action = 'EXPORT'"
                + " and actor = 'rep1'", String.class);
        assertThat(details).matches("format=csv rows=\\d+ interrupted filters=sort=name&dir=asc");
        long rows = Long.parseLong(details.replaceAll("^format=csv rows=(\\d+) .*", "$1"));
        // some rows went out (50 kB is a few hundred of them), not all 3,000
        assertThat(rows).isBetween(100L, 2999L);
    }
}
