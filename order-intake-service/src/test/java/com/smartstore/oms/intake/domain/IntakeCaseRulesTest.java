package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.SalesChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A platform delivery that could not become a clean order, worked by a clerk. */
class IntakeCaseRulesTest {
    static final Instant RECEIVED = Instant.parse("2026-12-07T10:00:00Z");

    static IntakeCase open() {
        return IntakeCase.open(
                "shopify", SalesChannel.SHOPIFY, "1001", "SHOPIFY:1001", RECEIVED, Duration.ofMinutes(30));
    }

    @Test
    void aNewCaseIsAnOpenDataErrorDueAfterTheEntryTime() {
        IntakeCase c = open();
        assertThat(c.id).isNotNull();
        assertThat(open().id).isNotEqualTo(c.id);
        assertThat(c.type).isEqualTo(ExceptionType.DATA_ERROR);
        assertThat(c.status).isEqualTo(IntakeCase.Status.OPEN);
        assertThat(c.source).isEqualTo("shopify");
        assertThat(c.channel).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(c.externalOrderId).isEqualTo("1001");
        assertThat(c.dedupeKey).isEqualTo("SHOPIFY:1001");
        assertThat(c.receivedAt).isEqualTo(RECEIVED);
        assertThat(c.deadline).isEqualTo(Instant.parse("2026-12-07T10:30:00Z"));
        assertThat(c.closedReason()).isEmpty();
    }

    @Test
    void anOpenCaseIsOverdueOnlyAfterItsDeadline() {
        IntakeCase c = open();
        assertThat(c.isOverdue(c.deadline)).isFalse();
        assertThat(c.isOverdue(c.deadline.plusSeconds(1))).isTrue();
    }

    @Test
    void aResolvedCaseNamesTheOrderAndCannotBeWorkedAgain() {
        IntakeCase c = open();
        UUID order = UUID.randomUUID();
        Instant at = RECEIVED.plusSeconds(3600);
        c.resolve(order, "SO-7", "rita", at);
        assertThat(c.status).isEqualTo(IntakeCase.Status.RESOLVED);
        assertThat(c.orderId).isEqualTo(order);
        assertThat(c.resolution).isEqualTo("order SO-7 entered");
        assertThat(c.isOverdue(at)).as("closed cases are not overdue").isFalse();
        assertThat(c.closedReason())
                .contains("Intake case " + c.id + " is RESOLVED already (order SO-7 entered, by rita at " + at + ")");
    }

    @Test
    void aDismissedCaseSaysWhyAndCannotBeWorkedAgain() {
        IntakeCase c = open();
        Instant at = RECEIVED.plusSeconds(60);
        c.dismiss("test delivery", "rui", at);
        assertThat(c.status).isEqualTo(IntakeCase.Status.DISMISSED);
        assertThat(c.orderId).isNull();
        assertThat(c.resolvedBy).isEqualTo("rui");
        assertThat(c.resolvedAt).isEqualTo(at);
        assertThat(c.closedReason())
                .contains("Intake case " + c.id + " is DISMISSED already (dismissed: test delivery, by rui at " + at
                        + ")");
    }
}
