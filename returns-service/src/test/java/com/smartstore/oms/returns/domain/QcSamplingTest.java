package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** QC sampling (R-X7): the first N per SKU and month always, then a repeatable share. */
class QcSamplingTest {

    @Test
    void theFirstNOfAMonthAreAlwaysSampledThenTheRateDecidesRepeatably() {
        QcSampling none = new QcSampling(0, 2);
        UUID ticket = UUID.randomUUID();
        assertThat(none.sample(0, ticket, "SKU")).isTrue();
        assertThat(none.sample(1, ticket, "SKU")).isTrue();
        assertThat(none.sample(2, ticket, "SKU")).isFalse();
        assertThat(new QcSampling(1, 0).sample(50, ticket, "SKU")).isTrue();

        QcSampling fifth = new QcSampling(0.2, 0);
        long sampled = IntStream.range(0, 2000)
                .filter(i -> fifth.sample(10, UUID.nameUUIDFromBytes(("t" + i).getBytes()), "SKU"))
                .count();
        assertThat(sampled).isBetween(320L, 480L);
        UUID fixed = UUID.fromString("00000000-0000-0000-0000-000000000007");
        assertThat(fifth.sample(10, fixed, "SKU")).isEqualTo(fifth.sample(10, fixed, "SKU"));
        assertThat(QcSampling.draw(fixed, "SKU")).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> new QcSampling(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QcSampling(0.5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampleIsRecordedOnceWithItsCause() {
        ReturnTicket ticket = ReturnTicketTest.open(
                new ReturnRequest(ReturnReason.QUALITY, null, null, null, null), ReturnTicketTest.T0);
        QcSample sample = QcSample.of(ticket, ticket.lines.get(1), "2026-11", ReturnTicketTest.T0);
        Instant at = ReturnTicketTest.T0.plusSeconds(60);

        QualityDefectReported event = sample.record(DefectCause.MATERIAL, " thin thread ", "quality", at);

        assertThat(sample.status).isEqualTo(QcSample.Status.RECORDED);
        assertThat(event.sku()).isEqualTo("SKU-B");
        assertThat(event.quantity()).isEqualTo(2);
        assertThat(event.notes()).isEqualTo("thin thread");
        assertThat(event.key()).isEqualTo("SKU-B");
        assertThatThrownBy(() -> sample.record(DefectCause.OTHER, null, "quality", at))
                .isInstanceOf(Refusal.class);
        QcSample other = QcSample.of(ticket, ticket.lines.get(0), "2026-11", ReturnTicketTest.T0);
        assertThatThrownBy(() -> other.record(null, null, "quality", at)).isInstanceOf(Refusal.class);
    }
}
