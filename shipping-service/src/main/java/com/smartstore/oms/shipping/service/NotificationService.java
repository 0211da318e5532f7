package com.smartstore.oms.shipping.service;

import com.smartstore.oms.shipping.domain.CustomerNotice;
import com.smartstore.oms.shipping.domain.LanguagePolicy;
import com.smartstore.oms.shipping.domain.Notification;
import com.smartstore.oms.shipping.domain.OrderInfo;
import com.smartstore.oms.shipping.domain.Shipment;
import com.smartstore.oms.shipping.repository.NotificationRepository;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes customer notifications (R-S3) in the transaction of the dispatch or tracking update that causes them, once
 * per cause and shipment; {@link NotificationSender} sends them. Erases them with the customer's data.
 */
@ApplicationScoped
public class NotificationService {
    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final OrderInfoRepository orders;
    private final NotificationComposer composer;
    private final LanguagePolicy languages;
    private final Clock clock;

    public NotificationService(
            NotificationRepository notifications,
            OrderInfoRepository orders,
            NotificationComposer composer,
            LanguagePolicy languages,
            Clock clock) {
        this.notifications = notifications;
        this.orders = orders;
        this.composer = composer;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * Runs in the caller's transaction, with the shipment locked: a mail about {@code notice} unless the customer
     * was told of its cause already (a repeated status, a redelivered update). An order without an e-mail address
     * gets a SKIPPED record; one whose customer's data was erased gets nothing.
     */
    public Uni<Void> notify(Shipment shipment, CustomerNotice notice) {
        if (notice == null) {
            return Uni.createFrom().voidItem();
        }
        return notifications.exists(shipment.id, notice.cause()).chain(told -> {
            if (told) {
                LOG.debugf("shipment %s: customer told of %s already", shipment.id, notice.cause());
                return Uni.createFrom().voidItem();
            }
            return orders.findById(shipment.orderId).chain(order -> {
                if (order == null || order.isRedacted()) {
                    LOG.infof("shipment %s: no notification of %s, no customer on record", shipment.id, notice.kind());
                    return Uni.createFrom().voidItem();
                }
                return notifications.persist(compose(shipment, notice, order)).replaceWithVoid();
            });
        });
    }

    private Notification compose(Shipment shipment, CustomerNotice notice, OrderInfo order) {
        String language = languages.choose(order.language, order.shipTo == null ? null : order.shipTo.country);
        try {
            NotificationComposer.Composed mail = composer.compose(notice, language, shipment, order);
            return Notification.of(
                    shipment, notice, language, order.customerEmail, mail.subject(), mail.html(), clock.instant());
        } catch (RuntimeException e) {
            // A broken template must not stop the parcel: the mail is recorded as failed instead.
            LOG.errorf(e, "shipment %s: the %s mail in %s could not be rendered", shipment.id, notice.kind(), language);
            Notification failed = Notification.of(
                    shipment,
                    notice,
                    language,
                    order.customerEmail,
                    notice.kind().name(),
                    null,
                    clock.instant());
            failed.unrendered(e.getMessage(), clock.instant());
            return failed;
        }
    }

    /** Runs in the redaction's transaction: the order's notifications lose address and body, unsent ones go. */
    public Uni<Void> redact(UUID orderId) {
        return notifications
                .forOrder(orderId)
                .invoke(list -> list.forEach(Notification::redact))
                .replaceWithVoid();
    }
}
