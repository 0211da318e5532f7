package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.OrderReceived;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One order line as it was reviewed; an approval hands its SKU and quantity to the warehouse. */
@Entity
@Table(name = "review_line")
public class ReviewLine {
    @Id
    public UUID id;

    @Column(name = "review_id")
    public UUID reviewId;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;

    @Column(name = "product_name")
    public String productName;

    public int quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    static ReviewLine of(UUID reviewId, OrderReceived.Line line) {
        ReviewLine reviewed = new ReviewLine();
        reviewed.id = UUID.randomUUID();
        reviewed.reviewId = reviewId;
        reviewed.lineNo = line.lineNo();
        reviewed.sku = line.sku();
        reviewed.productName = line.productName();
        reviewed.quantity = line.quantity();
        reviewed.unitPrice = line.unitPrice();
        return reviewed;
    }

    /** The same line on another review. */
    static ReviewLine copy(UUID reviewId, ReviewLine line) {
        ReviewLine copy = new ReviewLine();
        copy.id = UUID.randomUUID();
        copy.reviewId = reviewId;
        copy.lineNo = line.lineNo;
        copy.sku = line.sku;
        copy.productName = line.productName;
        copy.quantity = line.quantity;
        copy.unitPrice = line.unitPrice;
        return copy;
    }
}
