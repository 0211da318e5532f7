package com.smartstore.oms.kit.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import java.time.Duration;

/** What a service's inbox has committed ({@code processed_event}), for tests that publish an event and wait. */
public final class Inboxes {
    /** Long enough for a consumer on a loaded CI machine; a test that passes never waits that long. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Whether this consumer's inbox has committed the event with this CloudEvents id. */
    public static boolean processed(String consumer, String eventId) {
        return Db.read(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "select count(*) from processed_event where consumer = :consumer and event_id = :id",
                                        Long.class)
                                .setParameter("consumer", consumer)
                                .setParameter("id", eventId)
                                .getSingleResult()))
                == 1L;
    }

    /** Waits until this consumer's inbox has committed the event. */
    public static void awaitProcessed(String consumer, String eventId) {
        await().atMost(PATIENCE).until(() -> processed(consumer, eventId));
    }

    private Inboxes() {}
}
