package com.smartstore.oms.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void onlyTheFiltersThatAreSetBecomeClauses() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        Where where = new Where()
                .equal("status", "OPEN")
                .equal("orderId", null)
                .ifSet("receivedAt >= :from", "from", null)
                .ifSet("receivedAt < :before", "before", now)
                .when(false, "escalatedAt is not null")
                .when(true, "dueAt < :now", "now", now);

        assertThat(where.query()).isEqualTo("status = :status and receivedAt < :before and dueAt < :now");
        assertThat(where.whereClause()).isEqualTo(" where " + where.query());
        assertThat(where.params()).isEqualTo(Map.of("status", "OPEN", "before", now, "now", now));
    }

    @Test
    void noFilterMeansNoClause() {
        Where where = new Where().equal("status", null).when(false, "x = 1");

        assertThat(where.isEmpty()).isTrue();
        assertThat(where.query()).isEmpty();
        assertThat(where.whereClause()).isEmpty();
        assertThat(where.params()).isEmpty();
    }

    @Test
    void aClauseWithAnOddListOfNamesAndValuesIsAMistake() {
        assertThatThrownBy(() -> new Where().and("a = :a", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPlace() {
        Page<Integer> page = new Page<>(List.of(1, 2), 3, 2, 8);

        assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 3, 2, 8));
    }
}
