package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order passed on for entry, its deadline (R-I7) and how late it was entered. */
class EntryRequestRulesTest {
    static final Instant DEADLINE = Instant.parse("2026-12-07T10:00:00Z");

    static EntryRequest request() {
        EntryRequest r = new EntryRequest();
        r.id = UUID.randomUUID();
        r.deadline = DEADLINE;
        return r;
    }

    @Test
    void anOpenRequestIsOverdueOnlyAfterItsDeadline() {
        EntryRequest r = request();
        assertThat(r.isOpen()).isTrue();
        assertThat(r.isOverdue(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(r.isOverdue(DEADLINE)).isFalse();
        assertThat(r.isOverdue(DEADLINE.plusSeconds(1))).isTrue();
    }

    @Test
    void anEnteredRequestIsClosedAndNeverOverdue() {
        EntryRequest r = request();
        UUID order = UUID.randomUUID();
        r.enter(order, "rita", DEADLINE.minusSeconds(600));
        assertThat(r.isOpen()).isFalse();
        assertThat(r.isOverdue(DEADLINE.plusSeconds(3600))).isFalse();
        assertThat(r.orderId).isEqualTo(order);
        assertThat(r.enteredBy).isEqualTo("rita");
        assertThat(r.enteredAt).isEqualTo(DEADLINE.minusSeconds(600));
        assertThat(r.late).isFalse();
        assertThat(r.lateMinutes).isZero();
    }

    @Test
    void enteringRightAtTheDeadlineIsInTime() {
        EntryRequest r = request();
        r.enter(UUID.randomUUID(), "rita", DEADLINE);
        assertThat(r.late).isFalse();
        assertThat(r.lateMinutes).isZero();
    }

    @Test
    void latenessIsCountedInWholeMinutesRoundedUp() {
        EntryRequest oneSecond = request();
        oneSecond.enter(UUID.randomUUID(), "rita", DEADLINE.plusSeconds(1));
        assertThat(oneSecond.late).isTrue();
        assertThat(oneSecond.lateMinutes).isEqualTo(1);

        EntryRequest oneMinute = request();
        oneMinute.enter(UUID.randomUUID(), "rita", DEADLINE.plusSeconds(60));
        assertThat(oneMinute.lateMinutes).isEqualTo(1);

        EntryRequest justOver = request();
        justOver.enter(UUID.randomUUID(), "rita", DEADLINE.plusSeconds(61));
        assertThat(justOver.lateMinutes).isEqualTo(2);
    }
}
