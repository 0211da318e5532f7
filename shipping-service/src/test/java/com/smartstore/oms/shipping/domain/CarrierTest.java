package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A carrier's service levels, estimated delivery and tracking number form (R-S1). */
class CarrierTest {
    private static final Carrier DPD = new Carrier(
            "DPD",
            "DPD",
            "https://dpd/{trackingNumber}",
            null,
            null,
            null,
            Pattern.compile("\\d{14}"),
            "14 digits",
            Map.of("CLASSIC", 2, "EXPRESS", 1),
            "CLASSIC");
    private static final Carrier PLAIN = new Carrier("CTT", "CTT", null, null);
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(List.of(LocalDate.of(2026, 12, 8)));

    @Test
    void aTrackingNumberOfAnotherFormIsRefusedNamingTheFieldAndTheForm() {
        DPD.checkTrackingNumber(" 01234567890123 ");

        assertThatThrownBy(() -> DPD.checkTrackingNumber("0123456789012A"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(r.code()).isEqualTo("invalid-tracking-number");
                })
                .hasMessageContaining("trackingNumber")
                .hasMessageContaining("14 digits")
                .hasMessageContaining("\\d{14}");
        assertThatThrownBy(() -> DPD.checkTrackingNumber("012345678901234"))
                .as("the whole number must match")
                .isInstanceOf(Refusal.class);
        PLAIN.checkTrackingNumber("anything");
    }

    @Test
    void theServiceLevelIsTheOneAskedForInAnyCaseElseTheDefault() {
        assertThat(DPD.serviceLevel(" express ")).isEqualTo("EXPRESS");
        assertThat(DPD.serviceLevel(null)).isEqualTo("CLASSIC");
        assertThat(DPD.serviceLevel(" ")).isEqualTo("CLASSIC");
        assertThat(PLAIN.serviceLevel(null)).isNull();

        assertThatThrownBy(() -> DPD.serviceLevel("overnight"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("unknown-service-level"))
                .hasMessageContaining("serviceLevel")
                .hasMessageContaining("[CLASSIC, EXPRESS]");
        assertThatThrownBy(() -> PLAIN.serviceLevel("EXPRESS")).isInstanceOf(Refusal.class);
    }

    @Test
    void theEstimatedDeliveryFollowsTheServicesTransitBusinessDays() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(DPD.estimatedDelivery("EXPRESS", friday, CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(DPD.estimatedDelivery("CLASSIC", friday, CALENDAR))
                .as("Monday, Tuesday a holiday, Wednesday")
                .isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(DPD.estimatedDelivery(null, friday, CALENDAR)).isNull();
        assertThat(DPD.trackingUrl("0123 4")).isEqualTo("https://dpd/0123+4");
        assertThat(PLAIN.trackingUrl("RR1PT")).isNull();
    }
}
