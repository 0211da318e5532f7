package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.OrderStatusChange;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.mapping.PlatformChange;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies the order's later life on the platform (issue 10, part B) through the flows a clerk's request and a payment
 * provider use, so the lifecycle's authorities decide (ORDER-LIFECYCLE.md): a cancellation on the platform is a
 * cancellation request shipping confirms or refuses, a changed address or contact an amendment, a payment or refund a
 * recorded payment. Each delivery is applied once by its delivery id (a redelivery gets the answer the first one
 * got), an update older than the newest one acted on is ignored, and what the lifecycle does not allow is recorded
 * as not applied (delivery and order history), never refused to the platform.
 */
@ApplicationScoped
public class PlatformOrderChanges {
    private static final Logger LOG = Logger.getLogger(PlatformOrderChanges.class);

    /**
     * The answer to a later-life delivery, stored with it so a redelivery is answered the same.
     *
     * @param applied what changed (a cancellation requested, an amendment, a payment, a refund)
     * @param notApplied what the platform said but the order's lifecycle does not allow (also in its history)
     */
    public record Answer(
            String topic,
            WebhookDelivery.Outcome outcome,
            UUID orderId,
            String orderNumber,
            String externalOrderId,
            List<String> applied,
            List<String> notApplied) {}

    private final OrderRepository orders;
    private final WebhookDeliveryRepository deliveries;
    private final PlatformChangeSteps steps;
    private final ObjectMapper json;
    private final Clock clock;

    public PlatformOrderChanges(
            OrderRepository orders,
            WebhookDeliveryRepository deliveries,
            PlatformChangeSteps steps,
            ObjectMapper json,
            Clock clock) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.steps = steps;
        this.json = json;
        this.clock = clock;
    }

    /** An earlier delivery with the same delivery id, or null (also for a delivery without an id). */
    @WithTransaction
    public Uni<WebhookDelivery> earlier(WebhookSource source, String deliveryId) {
        if (deliveryId == null) {
            return Uni.createFrom().nullItem();
        }
        return deliveries
                .find(
                        "source = ?1 and deliveryId = ?2 and outcome <> ?3 order by receivedAt",
                        source.path,
                        deliveryId,
                        WebhookDelivery.Outcome.REJECTED)
                .firstResult();
    }

    /** Records a redelivery and answers what the first delivery got. */
    @WithTransaction
    public Uni<Answer> repeat(WebhookDelivery delivery, WebhookDelivery first) {
        delivery.orderId = first.orderId;
        delivery.externalOrderId = first.externalOrderId;
        return record(delivery, WebhookDelivery.Outcome.DUPLICATE, first.result).map(d -> read(first.result));
    }

    /**
     * Applies the change to the order it is about, under the order's row lock (two deliveries of one order are
     * applied one after the other). Null when intake has no such order: the caller decides what the delivery becomes.
     */
    @WithTransaction
    public Uni<Answer> apply(WebhookSource source, WebhookDelivery delivery, String topic, PlatformChange change) {
        return orders.find("channel = ?1 and externalOrderId = ?2", source.channel, change.externalOrderId())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                // The lines too (the lock cannot take an outer join): an update is compared with them.
                .chain(locked -> locked == null ? Uni.createFrom().<Order>nullItem() : orders.findWithLines(locked.id))
                .chain(order -> order == null
                        ? Uni.createFrom().nullItem()
                        : earlier(source, delivery.deliveryId)
                                .chain(first -> first != null && first.result != null
                                        ? repeat(delivery, first)
                                        : applyTo(order, source, delivery, topic, change)));
    }

    private Uni<Answer> applyTo(
            Order order, WebhookSource source, WebhookDelivery delivery, String topic, PlatformChange change) {
        delivery.orderId = order.id;
        if (order.stalePlatformUpdate(change.updatedAt())) {
            var answer = answer(topic, WebhookDelivery.Outcome.STALE, order, change, new PlatformChangeSteps.Result());
            return record(delivery, answer).replaceWith(answer);
        }
        Actor platform = actor(source);
        var result = new PlatformChangeSteps.Result();
        change.problems().forEach(p -> result.refused("could not be read: " + p));
        return steps.cancel(order, change.cancellation(), platform, result)
                .chain(() -> steps.amend(order, change, source, platform, result))
                .chain(() -> steps.capture(order, change.capture(), source, platform, result))
                .chain(() -> steps.refund(order, change.refunds(), source, platform, result))
                .invoke(() -> steps.onHold(change, result))
                .chain(() -> {
                    order.platformUpdated(change.updatedAt());
                    var answer = answer(topic, result.outcome(), order, change, result);
                    return history(order, platform, topic, result.notApplied())
                            .chain(() -> record(delivery, answer))
                            .replaceWith(answer);
                });
    }

    /**
     * A change that could not be applied at all (the lifecycle refused it while it was being applied): the delivery
     * is kept as NOT_APPLIED with the reason, which also goes into the order's history.
     */
    @WithTransaction
    public Uni<Answer> failed(
            WebhookSource source, WebhookDelivery delivery, String topic, PlatformChange change, String why) {
        return orders.findByExternalId(source.channel, change.externalOrderId()).chain(order -> {
            var result = new PlatformChangeSteps.Result();
            result.refused(why);
            var answer = answer(topic, WebhookDelivery.Outcome.NOT_APPLIED, order, change, result);
            delivery.orderId = order == null ? null : order.id;
            Uni<Void> noted = order == null
                    ? Uni.createFrom().voidItem()
                    : history(order, actor(source), topic, result.notApplied());
            return noted.chain(() -> record(delivery, answer)).replaceWith(answer);
        });
    }

    /**
     * A change of an order intake never received whose body is not the order (a refund, a deletion): nothing can be
     * applied; the delivery is kept as UNKNOWN_ORDER for staff ({@code GET /api/webhook-deliveries}) and logged.
     */
    @WithTransaction
    public Uni<Answer> unknownOrder(WebhookDelivery delivery, String topic, PlatformChange change) {
        LOG.warnf(
                "%s %s of platform order %s: intake has no such order; kept as delivery %s",
                delivery.source, topic, change.externalOrderId(), delivery.id);
        var result = new PlatformChangeSteps.Result();
        result.refused("intake has no order " + change.externalOrderId() + " of this shop (it was placed before the"
                + " shop was connected, or its creation was never delivered)");
        var answer = answer(topic, WebhookDelivery.Outcome.UNKNOWN_ORDER, null, change, result);
        return record(delivery, answer).replaceWith(answer);
    }

    /** Remembers the platform's time of the state an order was created from (its creation or an update). */
    @WithTransaction
    public Uni<Void> createdFrom(UUID orderId, Instant updatedAt) {
        return orders.findById(orderId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(order -> order.platformUpdated(updatedAt))
                .replaceWithVoid();
    }

    private Uni<Void> history(Order order, Actor platform, String topic, List<String> notApplied) {
        if (notApplied.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var entry = OrderStatusChange.of(
                order.id,
                order.revision,
                order.status,
                clock.instant(),
                platform.name(),
                "platform " + topic + " not applied: " + String.join("; ", notApplied));
        return orders.getSession().chain(s -> s.persist(entry));
    }

    private static Answer answer(
            String topic,
            WebhookDelivery.Outcome outcome,
            Order order,
            PlatformChange change,
            PlatformChangeSteps.Result result) {
        return new Answer(
                topic,
                outcome,
                order == null ? null : order.id,
                order == null ? null : order.orderNumber,
                change.externalOrderId(),
                List.copyOf(result.applied()),
                List.copyOf(result.notApplied()));
    }

    static Actor actor(WebhookSource source) {
        return Actor.system("webhook/" + source.channel.name().toLowerCase(Locale.ROOT), "webhook");
    }

    private Uni<WebhookDelivery> record(WebhookDelivery delivery, Answer answer) {
        delivery.externalOrderId = answer.externalOrderId();
        delivery.problem = answer.notApplied().isEmpty() ? null : String.join("; ", answer.notApplied());
        return record(delivery, answer.outcome(), toJson(answer));
    }

    private Uni<WebhookDelivery> record(WebhookDelivery delivery, WebhookDelivery.Outcome outcome, String result) {
        delivery.outcome = outcome;
        delivery.result = result;
        return orders.getSession().chain(s -> s.persist(delivery)).replaceWith(delivery);
    }

    private String toJson(Answer answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer read(String result) {
        try {
            return json.readValue(result, Answer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a delivery's stored answer is not JSON", e);
        }
    }
}
