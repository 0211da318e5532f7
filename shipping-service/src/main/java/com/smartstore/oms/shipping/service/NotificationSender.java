package com.smartstore.oms.shipping.service;

import com.smartstore.oms.shipping.config.ShippingConfig;
import com.smartstore.oms.shipping.domain.Notification;
import com.smartstore.oms.shipping.domain.NotificationStatus;
import com.smartstore.oms.shipping.domain.RetryPolicy;
import com.smartstore.oms.shipping.repository.NotificationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the customer notifications that are due (R-S3), every {@code oms.shipping.notifications.send-interval}: takes
 * each with a conditional update (so several instances never send one twice at once), hands it to the SMTP server
 * with the reactive mailer (no thread waits on the server), then records SENT, or the failed attempt and when to try
 * again ({@link RetryPolicy}), in a transaction of its own. Shipping itself never waits for a mail: a mail server that
 * is down only delays them. A sender that dies between sending and recording leaves the mail to be tried again after
 * twice the send timeout, so a customer may get a mail twice, never none.
 */
@ApplicationScoped
public class NotificationSender {
    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    /** A mail taken for one attempt, read before its transaction ended. */
    private record Outgoing(UUID id, String to, String subject, String html, String orderNumber) {}

    private final NotificationRepository notifications;
    private final ReactiveMailer mailer;
    private final RetryPolicy retries;
    private final ShippingConfig.Notifications config;
    private final Clock clock;

    public NotificationSender(
            NotificationRepository notifications,
            ReactiveMailer mailer,
            RetryPolicy retries,
            ShippingConfig config,
            Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.retries = retries;
        this.config = config.notifications();
        this.clock = clock;
    }

    @Scheduled(
            identity = "shipping-notifications",
            every = "${oms.shipping.notifications.send-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sendDue().replaceWithVoid();
    }

    /** One round now (the scheduled one, or a test's): returns how many mails the server accepted. */
    public Uni<Integer> sendDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> notifications
                        .due(now, config.batchSize())
                        .chain(due -> Multi.createFrom()
                                .iterable(due)
                                .onItem()
                                .transformToUniAndConcatenate(n -> claim(n, now))
                                .filter(Objects::nonNull)
                                .collect()
                                .asList()))
                .chain(this::sendAll);
    }

    private Uni<Outgoing> claim(Notification n, Instant now) {
        Instant until = now.plus(config.sendTimeout().multipliedBy(2));
        return notifications
                .claim(n.id, n.attempts, now, until)
                .map(took -> took ? new Outgoing(n.id, n.recipient, n.subject, n.body, n.orderNumber) : null);
    }

    private Uni<Integer> sendAll(List<Outgoing> mails) {
        return Multi.createFrom()
                .iterable(mails)
                .onItem()
                .transformToUniAndConcatenate(this::send)
                .filter(Boolean::booleanValue)
                .collect()
                .asList()
                .map(List::size);
    }

    private Uni<Boolean> send(Outgoing mail) {
        return mailer.send(Mail.withHtml(mail.to(), mail.subject(), mail.html()))
                .ifNoItem()
                .after(config.sendTimeout())
                .fail()
                .onItemOrFailure()
                .transformToUni((ok, failure) -> record(mail, failure).replaceWith(failure == null));
    }

    private Uni<Void> record(Outgoing mail, Throwable failure) {
        Instant at = clock.instant();
        return Panache.withTransaction(() -> notifications.findById(mail.id()).invoke(n -> {
                    if (n == null || n.status != NotificationStatus.PENDING) {
                        return; // erased meanwhile (a customer's redaction): nothing more to record
                    }
                    if (failure == null) {
                        n.sent(at);
                        LOG.infof("notification %s (%s) of order %s sent", n.id, n.kind, mail.orderNumber());
                    } else {
                        n.attemptFailed(describe(failure), at, retries);
                        LOG.warnf(
                                "notification %s (%s) of order %s: attempt %d failed (%s); %s",
                                n.id,
                                n.kind,
                                mail.orderNumber(),
                                n.attempts,
                                n.lastError,
                                n.status == NotificationStatus.FAILED
                                        ? "given up"
                                        : "next attempt at " + n.nextAttemptAt);
                    }
                }))
                .replaceWithVoid();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
