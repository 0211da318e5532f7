package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.PaymentMethod;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order flattened for the audit trail, personal data masked (R-SEC1), and the difference of two. */
class OrderSnapshotTest {

    static Order order() {
        Order o = new Order();
        o.id = UUID.randomUUID();
        o.status = OrderStatus.APPROVED;
        o.revision = 3;
        o.customer.name = "Rita Sousa";
        o.customer.phone = "+351912345678";
        o.customer.email = "rita@example.org";
        o.shipTo("Rita Sousa", "Rua das Flores 12", "2 esq", "Porto", "Norte", "4050-262", "PT");
        o.addLine("MUG", "Mug", "blue", 2, new BigDecimal("5.00"));
        o.addLine("TEA", "Tea", null, 1, new BigDecimal("7.50"), new BigDecimal("1.50"));
        o.payment.method = PaymentMethod.ONLINE;
        o.payment.amount = new BigDecimal("16.00");
        return o;
    }

    @Test
    void theSnapshotShowsWhatWasOrderedAndMasksWhoAndWhere() {
        Map<String, String> s = OrderSnapshot.of(order(), v -> "fp(" + v + ")");

        assertThat(s)
                .containsEntry("status", "APPROVED")
                .containsEntry("revision", "3")
                .containsEntry("customer.name", "Rita Sousa")
                .containsEntry("customer.phone", "+**********78")
                .containsEntry("customer.email", "r***@example.org")
                .containsEntry(
                        "shippingAddress",
                        "***, *** ***, PT #fp(Rita Sousa|Rua das Flores 12|2 esq|Porto|Norte|4050-262)")
                .containsEntry("lines[1]", "2 x MUG (blue) @ 5.00 - 0")
                .containsEntry("lines[2]", "1 x TEA @ 7.50 - 1.50")
                .containsEntry("payment", "ONLINE 16.00")
                .containsEntry("totalAmount", "16.00")
                .doesNotContainKey("cancellation");
    }

    @Test
    void missingValuesAreNullAndAMissingOptionalAddressPartIsFingerprintedAsNull() {
        Order o = new Order();
        o.shipTo(null, "Rua 1", null, "Porto", null, "4000", "PT");

        Map<String, String> s = OrderSnapshot.of(o, v -> v);

        assertThat(s.get("status")).isNull();
        assertThat(s.get("totalAmount")).isNull();
        assertThat(s.get("payment")).isEqualTo("null null");
        assertThat(s.get("shippingAddress")).endsWith("#null|Rua 1|null|Porto|null|4000");
        assertThat(s).doesNotContainKey("lines[1]");

        assertThat(OrderSnapshot.of(new Order(), v -> v).get("shippingAddress"))
                .as("no address at all")
                .isNull();
    }

    @Test
    void aCancellationShowsItsStatusAndRefusalCode() {
        Order o = order();
        o.cancelStatus = CancellationStatus.REFUSED;
        assertThat(OrderSnapshot.of(o, v -> v)).containsEntry("cancellation", "REFUSED");
        o.cancelRefusalCode = "ALREADY_SHIPPED";
        assertThat(OrderSnapshot.of(o, v -> v)).containsEntry("cancellation", "REFUSED ALREADY_SHIPPED");
    }

    @Test
    void theDiffHoldsOnlyTheChangedFieldsBeforeAndAfter() {
        Map<String, String> before = OrderSnapshot.of(order(), v -> "x");
        Order changed = order();
        changed.status = OrderStatus.PICKED;
        Map<String, String> after = OrderSnapshot.of(changed, v -> "x");

        Map<String, Map<String, String>> diff = OrderSnapshot.diff(before, after);

        assertThat(diff.get("before")).containsExactly(Map.entry("status", "APPROVED"));
        assertThat(diff.get("after")).containsExactly(Map.entry("status", "PICKED"));
    }

    @Test
    void aFieldOnOneSideOnlyCountsAsNullOnTheOther() {
        Map<String, String> before = new HashMap<>(Map.of("a", "1", "gone", "x"));
        Map<String, String> after = Map.of("a", "1", "new", "y");

        Map<String, Map<String, String>> diff = OrderSnapshot.diff(before, after);

        assertThat(diff.get("before"))
                .containsEntry("gone", "x")
                .containsEntry("new", null)
                .hasSize(2);
        assertThat(diff.get("after"))
                .containsEntry("gone", null)
                .containsEntry("new", "y")
                .hasSize(2);
    }

    @Test
    void withoutABeforeEveryFieldIsNew() {
        Map<String, Map<String, String>> diff = OrderSnapshot.diff(null, Map.of("status", "NEW"));
        assertThat(diff.get("before")).containsEntry("status", null);
        assertThat(diff.get("after")).containsExactly(Map.entry("status", "NEW"));
    }
}
