package com.smartstore.oms.kit.admin;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dead letters for operators: replay a topic's {@code <topic>.dlq} into the topic (after the cause was
 * fixed), and list the events consumers dead-lettered and have not processed since. Admins only.
 */
@Path("/admin/dlq")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DlqAdminResource {
    private static final Logger LOG = Logger.getLogger(DlqAdminResource.class);
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9.-]{0,200}");
    /** Header naming the dead-letter record a replayed record came from. */
    public static final String REPLAYED_FROM = "oms-replayed-from";

    /** What a replay did. */
    public record Replay(String topic, String from, int replayed) {}

    /** An event a consumer dead-lettered and has not processed since. */
    public record FlaggedEvent(
            String consumer, String key, String eventId, String topic, String reason, OffsetDateTime deadLetteredAt) {}

    private final String bootstrapServers;
    private final Pool pool;
    private final CurrentUser user;

    public DlqAdminResource(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Pool pool, CurrentUser user) {
        this.bootstrapServers = bootstrapServers;
        this.pool = pool;
        this.user = user;
    }

    /**
     * Re-injects every record of {@code <topic>.dlq} into {@code <topic>}, partition by partition in offset
     * order, with its key, body and headers (CloudEvents ones included; SmallRye's {@code dead-letter-*}
     * headers dropped). Consumers' inbox skips what they processed already, so a replay can be repeated.
     */
    @POST
    @Path("{topic}/replay")
    @Blocking // Kafka's clients block: a worker thread, not the event loop
    public Replay replay(@PathParam("topic") String topic) {
        if (!TOPIC.matcher(topic).matches() || topic.endsWith(".dlq")) {
            throw ApiException.badRequest("bad-topic", "topic must be a topic name without .dlq, e.g. order-received");
        }
        String dlq = topic + ".dlq";
        int replayed = 0;
        try (KafkaConsumer<String, String> consumer = consumer();
                KafkaProducer<String, String> producer = producer()) {
            Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(15));
            List<PartitionInfo> partitions = topics.get(dlq);
            if (partitions == null || !topics.containsKey(topic)) {
                throw ApiException.notFound("topic", dlq + " (or " + topic + ")");
            }
            for (PartitionInfo info : partitions) {
                TopicPartition partition = new TopicPartition(dlq, info.partition());
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                long end = consumer.endOffsets(List.of(partition)).get(partition);
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (consumer.position(partition) < end) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not read " + partition + " to its end");
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.offset() >= end) {
                            break;
                        }
                        // One at a time: the next record goes only after the broker took this one (order).
                        producer.send(replayOf(topic, record)).get(30, TimeUnit.SECONDS);
                        replayed++;
                    }
                }
            }
        } catch (ApiException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay of " + dlq + " interrupted after " + replayed + " records", e);
        } catch (Exception e) {
            throw new IllegalStateException("replay of " + dlq + " failed after " + replayed + " records", e);
        }
        LOG.warnf("%s replayed %d records from %s into %s", user.name(), replayed, dlq, topic);
        return new Replay(topic, dlq, replayed);
    }

    /** Events dead-lettered by this service's consumers and not processed since, oldest first. */
    @GET
    @Path("flagged")
    public Uni<List<FlaggedEvent>> flagged() {
        return pool.query("""
                        select consumer, event_key, event_id, topic, reason, dead_lettered_at
                          from dead_lettered_event order by dead_lettered_at, consumer""").execute().map(rows -> {
            List<FlaggedEvent> flagged = new ArrayList<>();
            for (Row row : rows) {
                flagged.add(new FlaggedEvent(
                        row.getString(0),
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getOffsetDateTime(5)));
            }
            return flagged;
        });
    }

    static ProducerRecord<String, String> replayOf(String topic, ConsumerRecord<String, String> dead) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (dead.topic() + "-" + dead.partition() + "@" + dead.offset()).getBytes(UTF_8));
        return new ProducerRecord<>(topic, null, dead.key(), dead.value(), headers);
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
