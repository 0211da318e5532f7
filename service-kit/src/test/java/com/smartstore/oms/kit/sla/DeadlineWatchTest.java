package com.smartstore.oms.kit.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduled check with the service's clock: moving the test clock past a deadline publishes one
 * {@code sla-breached} through the outbox, without waiting for the deadline.
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class DeadlineWatchTest {
    @Inject
    Clock clock;

    @Inject
    TestClock testClock;

    @Inject
    KitDeadlines items;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        testClock.reset();
    }

    @Test
    void theServicesClockIsTheTestClock() {
        testClock.advance(Duration.ofDays(1));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofHours(23)));
    }

    @Test
    void movingTheClockPastADeadlinePublishesOneBreach() throws Exception {
        String id = "kit-item-" + UUID.randomUUID();
        items.file(id, clock.instant().plus(Duration.ofHours(8)));
        assertThat(Db.call(watch::checkNow)).isZero();

        testClock.advance(Duration.ofHours(9));

        SlaBreached breach = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.SLA_BREACHED, id, 1)
                                .get(0)
                                .value(),
                        SlaBreached.class);
        assertThat(breach.subjectId()).isEqualTo(id);
        assertThat(breach.detectedAt()).isAfter(breach.deadline());
        assertThat(items.breachedAt(id)).isEqualTo(breach.detectedAt());
        // Later checks find it breached already.
        assertThat(Db.call(watch::checkNow)).isZero();
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> id.equals(r.key())))
                .hasSize(1);
    }
}
