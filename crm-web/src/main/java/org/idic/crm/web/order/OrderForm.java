package org.idic.crm.web.order;

import org.idic.crm.web.form.BusinessDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.activity.OrderDetails;
import org.idic.crm.domain.activity.OrderStatus;
import org.idic.crm.domain.activity.OrderView;
import org.idic.crm.domain.activity.SalesChannel;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording or correcting an order, with optional lines. */
public class OrderForm {

    @NotNull
    @BusinessDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate orderDate;
    @NotNull
    private OrderStatus status = OrderStatus.COMPLETED;
    @NotNull
    private SalesChannel channel = SalesChannel.SALES_REP;
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;
    @PositiveOrZero
    @Digits(integer = 12, fraction = 2)
    private BigDecimal cost;
    @Size(max = 1000)
    private String notes;
    @Valid
    private List<OrderLineForm> lines = new ArrayList<>();
    private Long version;

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public void setChannel(SalesChannel channel) {
        this.channel = channel;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<OrderLineForm> getLines() {
        return lines;
    }

    public void setLines(List<OrderLineForm> lines) {
        this.lines = lines;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** Rows shown for lines: the filled ones plus a few blank ones to fill in. */
    public static final int BLANK_LINES = 4;

    public OrderDetails toDetails() {
        List<OrderDetails.Line> filled = lines.stream().filter(l -> !l.isBlank())
                .map(l -> new OrderDetails.Line(l.getProductId(), l.getQuantity() == null ? 0 : l.getQuantity(),
                        l.getUnitPrice()))
                .toList();
        return new OrderDetails(orderDate, status, channel, amount, cost, notes, filled);
    }

    /** Whether any line is filled in (then the amount comes from the lines). */
    public boolean hasLines() {
        return lines.stream().anyMatch(l -> !l.isBlank());
    }

    /** Pads the lines with blank rows for the page. */
    public OrderForm withBlankLines() {
        lines = new ArrayList<>(lines.stream().filter(l -> !l.isBlank()).toList());
        for (int i = 0; i < BLANK_LINES; i++) {
            lines.add(new OrderLineForm());
        }
        return this;
    }

    public static OrderForm today(Clock clock) {
        OrderForm form = new OrderForm();
        form.orderDate = LocalDate.now(clock);
        return form.withBlankLines();
    }

    public static OrderForm of(OrderView o) {
        OrderForm form = new OrderForm();
        OrderDetails d = o.details();
        form.orderDate = d.orderDate();
        form.status = d.status();
        form.channel = d.channel();
        form.amount = d.amount();
        form.cost = d.cost();
        form.notes = d.notes();
        for (OrderDetails.Line line : d.lines()) {
            OrderLineForm row = new OrderLineForm();
            row.setProductId(line.productId());
            row.setQuantity(line.quantity());
            row.setUnitPrice(line.unitPrice());
            form.lines.add(row);
        }
        form.version = o.version();
        return form.withBlankLines();
    }

    public Map<String, String> comparableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("orderDate", String.valueOf(orderDate));
        values.put("status", String.valueOf(status));
        values.put("channel", String.valueOf(channel));
        values.put("amount", amount == null ? null : amount.stripTrailingZeros().toPlainString());
        values.put("cost", cost == null ? null : cost.stripTrailingZeros().toPlainString());
        values.put("notes", notes);
        // the lines as one value without words to translate ("#7: 2 × 12.5; #9: 1"), blank rows left out;
        // a line without a unit price takes the product's list price
        String summary = lines.stream().filter(l -> l.getProductId() != null && l.getQuantity() != null)
                .map(l -> "#" + l.getProductId() + ": " + l.getQuantity() + (l.getUnitPrice() == null ? ""
                        : " × " + l.getUnitPrice().stripTrailingZeros().toPlainString()))
                .collect(java.util.stream.Collectors.joining("; "));
        values.put("lines", summary.isEmpty() ? null : summary);
        return values;
    }
}
