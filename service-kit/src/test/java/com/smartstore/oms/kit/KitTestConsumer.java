package com.smartstore.oms.kit;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.kit.inbox.Inbox;
import com.smartstore.oms.kit.inbox.IncomingEvent;
import com.smartstore.oms.kit.inbox.PermanentEventFailure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as a service writes one: the inbox around a handler that counts what it saw per key. */
@ApplicationScoped
public class KitTestConsumer {
    /** A product name that the handler refuses as a business rule that can never pass. */
    public static final String REFUSED = "refused-forever";
    /** A product name whose handling hits a serialisation conflict (transient) on its first two attempts. */
    public static final String FLAKY = "conflicts-twice";
    /** A product name whose handling always fails unexpectedly (a bug, not a rule). */
    public static final String BROKEN = "always-broken";

    /** A product name whose handling fails (a bug) until {@link #fixed} is set: dead-lettered, then replayed. */
    public static final String FIXABLE = "broken-until-fixed";

    public static volatile boolean fixed;

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    private final Inbox inbox;

    public KitTestConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("kit-test")
    public Uni<Void> onKitTest(ConsumerRecord<String, String> record) {
        return inbox.handle("kit-test", record, Events.PRODUCT_CATALOG, this::count);
    }

    @Incoming("kit-catalog")
    public Uni<Void> onCatalog(ConsumerRecord<String, String> record) {
        return inbox.handle("kit-catalog", record, Events.PRODUCT_CATALOG, this::count);
    }

    /** Logs each event it handles, in handling order, so a test can check order and exactly-once. */
    @Incoming("kit-outage")
    public Uni<Void> onOutage(ConsumerRecord<String, String> record) {
        return inbox.handle(
                "kit-outage",
                record,
                Events.PRODUCT_CATALOG,
                event -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(
                                        "insert into kit_log (key, name) values (:key, :name)")
                                .setParameter("key", event.payload().sku())
                                .setParameter("name", event.payload().name())
                                .executeUpdate())
                        .replaceWithVoid());
    }

    private Uni<Void> count(IncomingEvent<ProductCatalogEntry> event) {
        ProductCatalogEntry entry = event.payload();
        if (REFUSED.equals(entry.name())) {
            return Uni.createFrom().failure(new PermanentEventFailure("product name is refused"));
        }
        if (BROKEN.equals(entry.name())) {
            return Uni.createFrom().failure(new IllegalStateException("handler bug"));
        }
        if (FIXABLE.equals(entry.name()) && !fixed) {
            return Uni.createFrom().failure(new IllegalStateException("handler bug, fixed later"));
        }
        if (FLAKY.equals(entry.name())
                && attempts.computeIfAbsent(event.id(), id -> new AtomicInteger())
                                .incrementAndGet()
                        <= 2) {
            return Uni.createFrom()
                    .failure(new PgException("could not serialize access", "ERROR", "40001", "simulated conflict"));
        }
        return KitCounter.<KitCounter>findById(entry.sku()).chain(counter -> {
            if (counter == null) {
                counter = new KitCounter();
                counter.key = entry.sku();
                counter.count = 1;
                counter.lastName = entry.name();
                return counter.persist().replaceWithVoid();
            }
            counter.count++;
            counter.lastName = entry.name();
            return Uni.createFrom().voidItem();
        });
    }
}
