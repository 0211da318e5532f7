package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Idempotency keys are per user. */
class IdempotencyRecordTest {

    @Test
    void theSameKeyOfTheSameUserIsTheSameRecordId() {
        IdempotencyRecord.Key a = new IdempotencyRecord.Key("rita", "k-1");
        IdempotencyRecord.Key b = new IdempotencyRecord.Key("rita", "k-1");
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void theSameKeyOfAnotherUserOrAnotherKeyIsAnotherRecordId() {
        IdempotencyRecord.Key a = new IdempotencyRecord.Key("rita", "k-1");
        assertThat(a).isNotEqualTo(new IdempotencyRecord.Key("rui", "k-1"));
        assertThat(a).isNotEqualTo(new IdempotencyRecord.Key("rita", "k-2"));
        assertThat(a).isNotEqualTo("rita/k-1");
        assertThat(new IdempotencyRecord.Key().username).isNull();
        assertThat(a.hashCode()).isNotEqualTo(new IdempotencyRecord.Key("rui", "k-1").hashCode());
    }
}
