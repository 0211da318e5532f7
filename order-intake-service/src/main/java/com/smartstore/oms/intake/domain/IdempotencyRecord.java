package com.smartstore.oms.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An {@code Idempotency-Key} a user sent with a new order: the request it stood for and the answer given. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
    @Id
    public String username;

    @Id
    @Column(name = "idem_key")
    public String idemKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The composite id: keys are per user. */
    public static class Key implements Serializable {
        public String username;
        public String idemKey;

        public Key() {}

        public Key(String username, String idemKey) {
            this.username = username;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, idemKey);
        }
    }
}
