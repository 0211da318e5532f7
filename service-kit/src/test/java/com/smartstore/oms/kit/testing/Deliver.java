package com.smartstore.oms.kit.testing;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The fast tier of consumer tests: hands an event straight to the service's {@code @Incoming} method for its
 * topic, as the Kafka connector would, and returns once that consumer's inbox transaction committed (or throws
 * what the consumer failed with, e.g. a dead-lettered poison event). The record is the one the outbox relay
 * would publish (CloudEvents headers, key, JSON body), so the consumer's whole path runs (parsing, the inbox
 * claim, the handler, its outbox events) without a broker round trip and without polling for the result.
 *
 * <p>Each consumer keeps one test through the real broker ({@link RoundTrips}, a service's
 * {@code KafkaRoundTripTest}), so the channel wiring, the deserialisation and the offset commits stay proved.
 *
 * <pre>{@code
 * String id = Deliver.event(Events.ORDER_APPROVED, approved);   // processed when this returns
 * Deliver.event(Events.ORDER_APPROVED, approved, id);           // the same event redelivered
 * }</pre>
 */
public final class Deliver {
    private static final AtomicLong OFFSETS = new AtomicLong();

    /** Delivers an event with a new CloudEvents id to the service's consumer of its topic; returns the id. */
    public static <T extends OmsEvent> String event(EventType<T> type, T event) {
        return event(type, event, UUID.randomUUID().toString());
    }

    /** Delivers an event with a given CloudEvents id (a redelivery when the id was delivered before). */
    public static <T extends OmsEvent> String event(EventType<T> type, T event, String id) {
        ConsumerRecord<String, String> record = record(type, event, id);
        Consumer consumer = consumerOf(type.topic());
        Db.call(() -> consumer.invoke(record));
        return id;
    }

    /** The topics the running service consumes: its beans' {@code @Incoming} channels. */
    public static Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        for (Target target : targets()) {
            topics.add(target.method().getAnnotation(Incoming.class).value());
        }
        return topics;
    }

    /** The record the outbox relay would publish for this event, at a made-up offset of partition 0. */
    public static ConsumerRecord<String, String> record(EventType<?> type, OmsEvent event, String id) {
        String body;
        try {
            body = EventJson.mapper().writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return new ConsumerRecord<>(
                type.topic(),
                0,
                OFFSETS.incrementAndGet(),
                event.occurredAt().toEpochMilli(),
                TimestampType.CREATE_TIME,
                -1,
                -1,
                event.key(),
                body,
                TestKafka.cloudEventHeaders(id, type.ceType(), event.occurredAt(), event.key()),
                Optional.empty());
    }

    /** A consumer method and the bean it belongs to. */
    private record Target(Bean<?> bean, Method method) {}

    @FunctionalInterface
    private interface Consumer {
        Uni<Void> invoke(ConsumerRecord<String, String> record);
    }

    private static Consumer consumerOf(String topic) {
        List<Target> found = targets().stream()
                .filter(t -> t.method().getAnnotation(Incoming.class).value().equals(topic))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(
                    "expected one @Incoming(\"" + topic + "\") method in this service, found " + found.size());
        }
        Target target = found.get(0);
        Object instance = Arc.container().instance(target.bean().getBeanClass()).get();
        return record -> {
            try {
                @SuppressWarnings("unchecked")
                Uni<Void> result = (Uni<Void>) target.method().invoke(instance, record);
                return result;
            } catch (InvocationTargetException e) {
                return Uni.createFrom().failure(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Every {@code @Incoming} method of the service's own beans (the kit's classes have none). */
    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (!bean.getBeanClass().getName().startsWith("com.smartstore.oms.")) {
                continue;
            }
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                if (method.isAnnotationPresent(Incoming.class)) {
                    targets.add(new Target(bean, method));
                }
            }
        }
        return targets;
    }

    private Deliver() {}
}
