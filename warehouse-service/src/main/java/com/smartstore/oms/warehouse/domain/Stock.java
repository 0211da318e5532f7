package com.smartstore.oms.warehouse.domain;

import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.domain.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Stock of one SKU in one warehouse: units on hand and units reserved for approved orders. Every change goes
 * through a method here that enforces {@code 0 <= reserved <= onHand} and returns its ledger row.
 */
@Entity
@IdClass(Stock.Key.class)
public class Stock {
    /** Warehouse codes and SKUs: they become parts of Kafka keys ({@code warehouse/sku}). */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Id
    public String warehouse;

    @Id
    public String sku;

    @Column(name = "on_hand")
    public int onHand;

    public int reserved;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A row in memory, e.g. for tests; rows in the database are created by {@code StockRepository}. */
    public static Stock of(String warehouse, String sku, int onHand, int reserved) {
        Stock stock = new Stock();
        stock.warehouse = warehouse;
        stock.sku = sku;
        stock.onHand = onHand;
        stock.reserved = reserved;
        return stock;
    }

    /** What new orders can still take. */
    public int available() {
        return onHand - reserved;
    }

    /** Sets on hand to a counted quantity; refused below what approved orders hold reserved. */
    public StockMovement setOnHand(int quantity, String actor, Instant at) {
        if (quantity < 0) {
            throw new IllegalArgumentException("on hand cannot be negative: " + quantity);
        }
        if (quantity < reserved) {
            throw Refusal.conflict(
                    "below-reserved",
                    "%s in %s has %d units reserved for approved orders; on hand cannot be set to %d (at least %d)"
                            .formatted(sku, warehouse, reserved, quantity, reserved));
        }
        int change = quantity - onHand;
        onHand = quantity;
        return movement(MovementType.SET, change, null, null, actor, at);
    }

    /**
     * Corrects on hand by a signed number of units, with a reason; refused when on hand would go negative or below
     * what approved orders hold reserved.
     */
    public StockMovement adjust(int delta, String reason, String actor, Instant at) {
        if (delta == 0) {
            throw new IllegalArgumentException("an adjustment changes stock: delta cannot be 0");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an adjustment needs a reason");
        }
        long after = (long) onHand + delta;
        if (after < 0) {
            throw Refusal.conflict(
                    "negative-stock",
                    "%s in %s has %d on hand; an adjustment of %d would make it negative"
                            .formatted(sku, warehouse, onHand, delta));
        }
        if (after < reserved) {
            throw Refusal.conflict(
                    "below-reserved",
                    "%s in %s has %d units reserved for approved orders; an adjustment of %d would leave %d on hand"
                            .formatted(sku, warehouse, reserved, delta, after));
        }
        onHand = Math.toIntExact(after);
        StockMovement movement = movement(MovementType.ADJUSTMENT, delta, null, null, actor, at);
        movement.reason = reason.strip();
        return movement;
    }

    /** Received goods go on the shelf; the reason may name the purchase request they fulfil. */
    public StockMovement receive(int quantity, String reason, String actor, Instant at) {
        return restock(MovementType.RECEIPT, quantity, null, reason, actor, at);
    }

    /**
     * Goods go (back) on the shelf: a receipt, picked goods of a cancelled order, or resellable returned goods; the
     * order is the one they came back from, if any.
     */
    public StockMovement restock(
            MovementType type, int quantity, UUID orderId, String reason, String actor, Instant at) {
        requirePositive(quantity);
        onHand = Math.addExact(onHand, quantity);
        StockMovement movement = movement(type, quantity, orderId, null, actor, at);
        movement.reason = reason;
        return movement;
    }

    /** Holds units for an order; never more than is available, so stock is never oversold. */
    public StockMovement reserve(int quantity, UUID orderId, UUID pickListId, String actor, Instant at) {
        requirePositive(quantity);
        if (quantity > available()) {
            throw Refusal.conflict(
                    "insufficient-stock",
                    "%s in %s has %d available, %d asked".formatted(sku, warehouse, available(), quantity));
        }
        reserved += quantity;
        return movement(MovementType.RESERVATION, quantity, orderId, pickListId, actor, at);
    }

    /** Gives reserved units back to what is available. */
    public StockMovement release(int quantity, UUID orderId, UUID pickListId, String actor, Instant at) {
        requireReserved(quantity);
        reserved -= quantity;
        return movement(MovementType.RELEASE, -quantity, orderId, pickListId, actor, at);
    }

    /** Reserved units leave the shelf: on hand and reserved both go down. */
    public StockMovement pick(int quantity, UUID orderId, UUID pickListId, String actor, Instant at) {
        requireReserved(quantity);
        onHand -= quantity;
        reserved -= quantity;
        return movement(MovementType.PICK, -quantity, orderId, pickListId, actor, at);
    }

    /** Reserved units the picker did not find: they are written off on hand and reserved. */
    public StockMovement writeOff(int quantity, UUID orderId, UUID pickListId, String actor, Instant at) {
        requireReserved(quantity);
        onHand -= quantity;
        reserved -= quantity;
        StockMovement movement = movement(MovementType.SHORT_PICK, -quantity, orderId, pickListId, actor, at);
        movement.reason = "short pick: not found on the shelf";
        return movement;
    }

    public StockLevel toEvent() {
        return new StockLevel(warehouse, sku, onHand, reserved, available(), updatedAt);
    }

    private void requireReserved(int quantity) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw Refusal.conflict(
                    "not-reserved",
                    "%s in %s has %d reserved, cannot take %d".formatted(sku, warehouse, reserved, quantity));
        }
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    private StockMovement movement(
            MovementType type, int quantity, UUID orderId, UUID pickListId, String actor, Instant at) {
        // stock-levels consumers keep the newest updatedAt: a row's stamp never goes back, even if two writers'
        // clocks (or two instances') disagree (issue 17 case 6).
        updatedAt = updatedAt == null || at.isAfter(updatedAt) ? at : updatedAt;
        StockMovement movement = new StockMovement();
        movement.warehouse = warehouse;
        movement.sku = sku;
        movement.type = type;
        movement.quantity = quantity;
        movement.onHandAfter = onHand;
        movement.reservedAfter = reserved;
        movement.orderId = orderId;
        movement.pickListId = pickListId;
        movement.actor = actor;
        movement.occurredAt = at;
        return movement;
    }

    /** The primary key: warehouse code and SKU. */
    public static class Key implements Serializable {
        public String warehouse;
        public String sku;

        public Key() {}

        public Key(String warehouse, String sku) {
            this.warehouse = warehouse;
            this.sku = sku;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(warehouse, k.warehouse) && Objects.equals(sku, k.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(warehouse, sku);
        }
    }
}
