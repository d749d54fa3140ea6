package org.idic.crm.domain.segmentation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.VisibleCustomers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current snapshot's scores where people work: on a customer's page and on "my day". */
@Service
@Transactional(readOnly = true)
public class CurrentScores {

    private final JdbcTemplate jdbc;
    private final VisibleCustomers visible;
    private final Snapshots snapshots;

    CurrentScores(JdbcTemplate jdbc, VisibleCustomers visible, Snapshots snapshots) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.snapshots = snapshots;
    }

    /** A customer's scores, if a snapshot exists and scored them (the customer must be visible). */
    public Optional<CustomerScore> forCustomer(Actor actor, Long customerId) {
        visible.require(actor, customerId);
        return jdbc.query("""
                select s.*, r.as_of, r.clv_model from segmentation_current cur
                join segmentation_run r on r.id = cur.run_id
                join customer_score s on s.run_id = cur.run_id and s.customer_id = ?""",
                CurrentScores::row, customerId).stream().findFirst();
    }

    /** A customer of mine that is valuable (MVC or MGC) and whose lifecycle is DECLINE. */
    public record DecliningCustomer(Long id, String name, String tier, String lifecycleReason, Double currentValue,
            Double predictedClv) {
    }

    /**
     * My MVC and MGC customers in decline, most valuable first: the ones to call this week. The run is
     * named by its id, not joined from {@code segmentation_current}: planned with the id, PostgreSQL walks
     * the run's index by current value (10 ms for a rep of 54,000 customers at 200,000); joined, it could
     * not tell the run's partition and sorted all 200,000 scores (210 ms).
     */
    public List<DecliningCustomer> valuableInDecline(Actor actor) {
        Optional<Snapshot> current = snapshots.current();
        if (current.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select c.id, c.name, s.tier, s.lifecycle_reason, s.current_value, s.predicted_clv
                from customer_score s
                join customer c on c.id = s.customer_id
                where s.run_id = ? and s.tier in ('MVC', 'MGC') and s.lifecycle = 'DECLINE'
                  and c.owner_id = ? and c.status = 'ACTIVE'
                order by s.current_value desc nulls last limit 20""",
                (rs, n) -> new DecliningCustomer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        nullable(rs, 5), nullable(rs, 6)), current.get().runId(), actor.userId());
    }

    private static CustomerScore row(ResultSet rs, int n) throws SQLException {
        return new CustomerScore(rs.getLong("run_id"), rs.getObject("as_of", LocalDate.class), rs.getString("clv_model"),
                rs.getString("tier"), rs.getString("tier_reason"), array(rs.getArray("tier_values")),
                rs.getString("value_quadrant"), rs.getString("abc_class"), rs.getString("pyramid_level"),
                (Integer) rs.getObject("recency_days"), rs.getInt("frequency"), rs.getDouble("monetary"),
                (Integer) rs.getObject("r_score"), (Integer) rs.getObject("f_score"), (Integer) rs.getObject("m_score"),
                rs.getString("rfm_code"), rs.getString("rfm_segment"), rs.getDouble("historic_value"),
                nullable(rs, "historic_share"), nullable(rs, "p_alive"), nullable(rs, "expected_purchases"),
                nullable(rs, "expected_avg_value"), nullable(rs, "predicted_clv"), nullable(rs, "current_value"),
                nullable(rs, "future_value"), nullable(rs, "growth_potential"), rs.getString("lifecycle"),
                rs.getString("lifecycle_reason"), array(rs.getArray("lifecycle_values")), rs.getString("relationship"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Double[] array(Array array) throws SQLException {
        if (array == null) {
            return new Double[0];
        }
        Object[] values = (Object[]) array.getArray();
        Double[] numbers = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = values[i] == null || ((Double) values[i]).isNaN() ? null : (Double) values[i];
        }
        return numbers;
    }
}
