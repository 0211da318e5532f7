package com.smartstore.oms.intake.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One line of an order (R-I4). */
@Entity
@Table(name = "order_line")
public class OrderLine {
    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "order_id")
    public Order order;

    @Column(name = "line_no")
    public int lineNo;

    public String sku;

    @Column(name = "product_name")
    public String productName;

    public String specification;
    public int quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    /** The discount the platform or the clerk granted on this line, as an amount. */
    public BigDecimal discount = BigDecimal.ZERO;

    /** For platform orders (issue 10): where the SKU came from; null for orders entered by people. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sku_source")
    public SkuSource skuSource;

    @Column(name = "platform_product_id")
    public String platformProductId;

    @Column(name = "platform_variant_id")
    public String platformVariantId;

    /** The unit price in the shop's currency, when the customer was charged in another one. */
    @Column(name = "shop_unit_price")
    public BigDecimal shopUnitPrice;

    /** What the customer specified for the line on the platform, as JSON name/value pairs. */
    @Column(name = "properties")
    public String propertiesJson;

    public List<OrderReceived.Attribute> properties() {
        if (propertiesJson == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(propertiesJson, new TypeReference<List<OrderReceived.Attribute>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("line properties of order line " + id + " are not JSON", e);
        }
    }

    public void properties(List<OrderReceived.Attribute> properties) {
        try {
            propertiesJson = properties == null || properties.isEmpty()
                    ? null
                    : EventJson.mapper().writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True while the line has only a placeholder SKU naming the platform's ids (review holds the order). */
    public boolean unmapped() {
        return skuSource == SkuSource.UNMAPPED;
    }

    /** What the customer pays for this line: quantity times unit price, less the line's discount. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
    }
}
