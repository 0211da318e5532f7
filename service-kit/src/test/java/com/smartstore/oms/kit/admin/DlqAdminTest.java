package com.smartstore.oms.kit.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.CloudEventHeaders;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.KitCounter;
import com.smartstore.oms.kit.KitTestConsumer;
import com.smartstore.oms.kit.KitTopics;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 5: a dead-lettered event is flagged for its key (so later events of the same order do
 * not overtake it silently) and an admin replays the dead-letter topic once the cause is fixed: the event
 * is processed once, the flag cleared; a second replay changes nothing (the inbox skips the copies).
 */
@QuarkusTest
@QuarkusTestResource(KitTopics.class)
class DlqAdminTest {
    private static final String TOPIC = "kit-test";

    @Inject
    Inbox inbox;

    @Test
    void aDeadLetteredEventIsFlaggedAndAReplayProcessesItOnceWithItsCloudEventsHeaders() {
        String sku = "REPLAY-" + UUID.randomUUID();
        KitTestConsumer.fixed = false;
        String id = TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, KitTestConsumer.FIXABLE),
                UUID.randomUUID().toString());
        TestKafka.publish(
                TOPIC,
                Events.PRODUCT_CATALOG,
                entry(sku, "later"),
                UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> counter(sku) != null && "later".equals(counter(sku).lastName));
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(TOPIC + ".dlq", sku, 1);
        assertThat(TestKafka.header(dead.get(0), CloudEventHeaders.ID)).isEqualTo(id);
        assertThat(Db.read(() -> inbox.hasDeadLettered("kit-test", sku))).isTrue();
        assertThat(given().auth()
                        .oauth2(Tokens.of("admin"))
                        .get("/admin/dlq/flagged")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains(id);

        KitTestConsumer.fixed = true;
        int replayed = given().auth()
                .oauth2(Tokens.of("admin"))
                .post("/admin/dlq/" + TOPIC + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .path("replayed");
        assertThat(replayed).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> counter(sku).count == 2);
        assertThat(counter(sku).lastName)
                .as("the replayed event is older: it applies, it does not undo 'later'")
                .isIn(KitTestConsumer.FIXABLE, "later");
        await().atMost(Duration.ofSeconds(10)).until(() -> !Db.read(() -> inbox.hasDeadLettered("kit-test", sku)));
        List<ConsumerRecord<String, String>> copies = TestKafka.records(
                TOPIC, r -> sku.equals(r.key()) && r.headers().lastHeader(DlqAdminResource.REPLAYED_FROM) != null);
        assertThat(copies).hasSize(1);
        assertThat(TestKafka.header(copies.get(0), CloudEventHeaders.ID)).isEqualTo(id);
        assertThat(copies.get(0).headers().lastHeader("dead-letter-reason")).isNull();

        given().auth()
                .oauth2(Tokens.of("admin"))
                .post("/admin/dlq/" + TOPIC + "/replay")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .post("/admin/dlq/" + TOPIC + "/replay")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .post("/admin/dlq/no-such-topic/replay")
                .then()
                .statusCode(404);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> counter(sku).count == 2);
    }

    private static KitCounter counter(String sku) {
        return Db.read(() -> KitCounter.findById(sku));
    }

    private static ProductCatalogEntry entry(String sku, String name) {
        return new ProductCatalogEntry(sku, name, null, "test", BigDecimal.ONE, "EUR", true, Instant.now());
    }
}
