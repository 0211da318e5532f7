package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Confirming a pick list: once, with parcels numbered from 1. */
class PickListTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static PickList open() {
        return PickList.open(
                UUID.randomUUID(),
                "SO-1",
                1,
                "LIS",
                List.of(new LineQuantity("B", 1), new LineQuantity("A", 2), new LineQuantity("B", 2)),
                null,
                NOW,
                NOW,
                Duration.ofHours(8));
    }

    @Test
    void anOpenListIsOverdueAfterItsDeadlineAndAPickedOneNever() {
        PickList list = open();
        assertThat(list.dueAt).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(list.overdue(NOW.plus(Duration.ofHours(8)))).isFalse();
        assertThat(list.overdue(NOW.plus(Duration.ofHours(9)))).isTrue();
        list.confirm("picker", NOW.plus(Duration.ofHours(9)), List.of());
        assertThat(list.overdue(NOW.plus(Duration.ofHours(10)))).isFalse();
    }

    @Test
    void confirmingNumbersTheParcelsAndReportsThePick() {
        PickList list = open();
        assertThat(list.quantitiesBySku()).containsExactly(Map.entry("A", 2), Map.entry("B", 3));

        List<Parcel> parcels = list.confirm("picker", NOW, List.of(new BigDecimal("0.4"), new BigDecimal("1.25")));

        assertThat(list.status).isEqualTo(PickListStatus.PICKED);
        assertThat(parcels).extracting(p -> p.number).containsExactly(1, 2);
        var event = list.toPickedEvent(parcels);
        assertThat(event.pickedBy()).isEqualTo("picker");
        assertThat(event.lines()).hasSize(3);
        assertThat(event.parcels())
                .extracting(p -> p.weightKg())
                .containsExactly(new BigDecimal("0.4"), new BigDecimal("1.25"));
    }

    @Test
    void withoutParcelsTheOrderLeavesInOneAndASecondConfirmIsRefused() {
        PickList list = open();
        assertThat(list.confirm("picker", NOW, List.of())).singleElement().satisfies(p -> {
            assertThat(p.number).isEqualTo(1);
            assertThat(p.weightKg).isNull();
        });
        assertThatThrownBy(() -> list.confirm("picker", NOW, null))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.code()).isEqualTo("pick-list-not-open"));
    }
}
