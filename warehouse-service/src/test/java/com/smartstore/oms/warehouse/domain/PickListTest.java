package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Confirming a pick list with what was found, then packing it once, with parcels numbered from 1. */
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
    void aListIsOverdueAfterItsDeadlineUntilItIsPacked() {
        PickList list = open();
        assertThat(list.dueAt).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(list.overdue(NOW.plus(Duration.ofHours(8)))).isFalse();
        assertThat(list.overdue(NOW.plus(Duration.ofHours(9)))).isTrue();
        list.confirm("picker", NOW.plus(Duration.ofHours(9)), Map.of());
        assertThat(list.overdue(NOW.plus(Duration.ofHours(10)))).isTrue();
        list.pack("packer", NOW.plus(Duration.ofHours(10)), List.of());
        assertThat(list.overdue(NOW.plus(Duration.ofHours(10)))).isFalse();
    }

    @Test
    void packingNumbersTheParcelsAndReportsThePickedUnitsPerSku() {
        PickList list = open();
        assertThat(list.quantitiesBySku()).containsExactly(Map.entry("A", 2), Map.entry("B", 3));
        list.confirm("picker", NOW, Map.of());

        List<Parcel> parcels = list.pack("packer", NOW, List.of(new BigDecimal("0.4"), new BigDecimal("1.25")));

        assertThat(list.status).isEqualTo(PickListStatus.PACKED);
        assertThat(parcels).extracting(p -> p.number).containsExactly(1, 2);
        var event = list.toPickedEvent(parcels);
        assertThat(event.pickedBy()).isEqualTo("picker");
        assertThat(event.lines()).containsExactly(new LineQuantity("A", 2), new LineQuantity("B", 3));
        assertThat(event.parcels())
                .extracting(p -> p.weightKg())
                .containsExactly(new BigDecimal("0.4"), new BigDecimal("1.25"));
    }

    @Test
    void aShortPickKeepsWhatWasFoundAndCountsWhatIsMissing() {
        PickList list = open();
        list.confirm("picker", NOW, Map.of(1, 0, 2, 1));

        assertThat(list.status).isEqualTo(PickListStatus.PICKED);
        assertThat(list.pickedBySku()).containsExactly(Map.entry("A", 1), Map.entry("B", 2));
        assertThat(list.missingBySku()).containsExactly(Map.entry("A", 1), Map.entry("B", 1));
        assertThat(list.toPickedEvent(list.pack("packer", NOW, null)).lines())
                .containsExactly(new LineQuantity("A", 1), new LineQuantity("B", 2));
    }

    @Test
    void nothingFoundLeavesTheListEmptyAndItCannotBePacked() {
        PickList list = open();
        list.confirm("picker", NOW, Map.of(1, 0, 2, 0, 3, 0));
        assertThat(list.status).isEqualTo(PickListStatus.EMPTY);
        assertThatThrownBy(() -> list.pack("packer", NOW, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("pick-list-not-picked"));
    }

    @Test
    void withoutParcelsTheOrderLeavesInOneAndASecondConfirmIsRefused() {
        PickList list = open();
        list.confirm("picker", NOW, Map.of());
        assertThat(list.pack("packer", NOW, List.of())).singleElement().satisfies(p -> {
            assertThat(p.number).isEqualTo(1);
            assertThat(p.weightKg).isNull();
        });
        assertThatThrownBy(() -> list.confirm("picker", NOW, Map.of()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("pick-list-not-open"));
        assertThatThrownBy(() -> list.confirm("picker", NOW, Map.of(1, 5))).isInstanceOf(Refusal.class);
    }

    @Test
    void anAmendmentAddsAndTakesOffUnitsOfAnOpenList() {
        PickList list = open();
        list.add("C", 2);
        list.add("A", 1);
        assertThat(list.reduce("B", 2)).isEqualTo(2);
        assertThat(list.quantitiesBySku()).containsExactly(Map.entry("A", 3), Map.entry("B", 1), Map.entry("C", 2));
        assertThat(list.reduce("C", 5)).isEqualTo(2);
        assertThat(list.lines).extracting(l -> l.sku).doesNotContain("C");
    }
}
