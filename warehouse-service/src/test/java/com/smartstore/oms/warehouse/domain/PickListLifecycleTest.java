package com.smartstore.oms.warehouse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a picker may report, and which pick lists a cancellation, a rejection or a newer revision may stop. */
class PickListLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static PickList open() {
        return PickList.open(
                UUID.randomUUID(), "SO-2", 1, "LIS", List.of(new LineQuantity("A", 2)), null, NOW, NOW, Duration.ZERO);
    }

    private static PickList picked() {
        PickList list = open();
        list.confirm("picker", NOW, Map.of());
        return list;
    }

    @Test
    void thePickerMayReportFromNoneToEveryUnitOfALineButNotMoreOrFewer() {
        PickList list = open();

        assertThatThrownBy(() -> list.confirm("picker", NOW, Map.of(1, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1 of pick list " + list.id + " asks for 2 units; 3 cannot be picked");
        assertThatThrownBy(() -> list.confirm("picker", NOW, Map.of(1, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1 of pick list " + list.id + " asks for 2 units; -1 cannot be picked");
        assertThat(list.status).isEqualTo(PickListStatus.OPEN);

        list.confirm("ana", NOW.plusSeconds(1), Map.of(1, 2));
        assertThat(list.status).isEqualTo(PickListStatus.PICKED);
        assertThat(list.pickedBy).isEqualTo("ana");
        assertThat(list.pickedAt).isEqualTo(NOW.plusSeconds(1));
        assertThat(list.missingBySku()).isEmpty();
    }

    @Test
    void anOpenPickedOrPackedListCanBeCancelledButNotAClosedOne() {
        PickList open = open();
        PickList picked = picked();
        PickList packed = picked();
        packed.pack("packer", NOW, null);

        for (PickList list : List.of(open, picked, packed)) {
            list.cancel(NOW.plusSeconds(5));
            assertThat(list.status).isEqualTo(PickListStatus.CANCELLED);
            assertThat(list.cancelledAt).isEqualTo(NOW.plusSeconds(5));
        }
        assertThatThrownBy(() -> open.cancel(NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a CANCELLED pick list cannot be cancelled: " + open.id);
        PickList superseded = open();
        superseded.supersede();
        assertThatThrownBy(() -> superseded.cancel(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnOpenListCanBeRejectedOrSuperseded() {
        PickList open = open();
        open.reject(NOW);
        assertThat(open.status).isEqualTo(PickListStatus.REJECTED);
        assertThat(open.cancelledAt).isEqualTo(NOW);

        PickList picked = picked();
        assertThatThrownBy(() -> picked.reject(NOW))
                .isInstanceOf(Refusal.class)
                .hasMessage("Pick list " + picked.id + " is PICKED; only an OPEN pick list can be released");
        assertThatThrownBy(() -> picked.supersede())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("only an OPEN pick list can be superseded, " + picked.id + " is PICKED");
        assertThatThrownBy(() -> picked.add("B", 1)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> picked.reduce("A", 1)).isInstanceOf(Refusal.class);
        assertThat(picked.status).isEqualTo(PickListStatus.PICKED);
    }

    @Test
    void goodsAreTakenOnceAListIsPickedOrPacked() {
        assertThat(PickListStatus.PICKED.taken()).isTrue();
        assertThat(PickListStatus.PACKED.taken()).isTrue();
        assertThat(PickListStatus.OPEN.taken()).isFalse();
        assertThat(PickListStatus.CANCELLED.taken()).isFalse();
        assertThat(PickListStatus.EMPTY.inProgress()).isFalse();
    }
}
