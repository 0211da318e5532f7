package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.config.SlaConfig;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.mapping.JsonText;
import com.smartstore.oms.intake.mapping.PlatformOrder;
import com.smartstore.oms.intake.repository.IntakeCaseRepository;
import com.smartstore.oms.intake.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an authentic platform delivery, mapped, into exactly one order or exactly one DATA_ERROR intake case (issue
 * 10), in one transaction with the delivery's record: a platform order known already (as an order or a case) is
 * answered as it was; a clean one becomes an order; anything else becomes a case for a clerk. Contact data that is
 * not clean and address fields a carrier needs but the platform left empty are no reason for a case: the order is
 * taken as given, and review holds it with the reason.
 */
@ApplicationScoped
public class PlatformOrderIntake {
    /** What a delivery became. */
    public sealed interface Taken permits OrderTaken, CaseTaken {}

    /** The order of the delivery, and whether this delivery created it. */
    public record OrderTaken(Order order, boolean created) implements Taken {}

    /** The intake case of the delivery, and whether this delivery opened it. */
    public record CaseTaken(IntakeCase intakeCase, boolean created) implements Taken {}

    /**
     * Constraints of an order request that review judges for platform orders instead ("contact unusable", "address
     * incomplete"), by field and constraint: the order is kept as the platform gave it.
     */
    private static final Map<String, Set<Class<? extends Annotation>>> REVIEWED = Map.of(
            "customer.name", Set.of(NotBlank.class),
            "customer.phone", Set.of(Pattern.class),
            "customer.email", Set.of(Email.class),
            "customer.reachable", Set.of(AssertTrue.class),
            "shippingAddress.line1", Set.of(NotBlank.class),
            "shippingAddress.city", Set.of(NotBlank.class),
            "shippingAddress.postalCode", Set.of(NotBlank.class));

    /** numeric(12, 2) holds less than this. */
    private static final BigDecimal MAX_TOTAL = new BigDecimal("9999999999.99");

    private final OrderService orders;
    private final OrderRepository orderRows;
    private final IntakeCaseRepository cases;
    private final IntakeCases caseWork;
    private final SkuMappings skus;
    private final Validator validator;
    private final SlaConfig sla;

    public PlatformOrderIntake(
            OrderService orders,
            OrderRepository orderRows,
            IntakeCaseRepository cases,
            IntakeCases caseWork,
            SkuMappings skus,
            Validator validator,
            SlaConfig sla) {
        this.orders = orders;
        this.orderRows = orderRows;
        this.cases = cases;
        this.caseWork = caseWork;
        this.skus = skus;
        this.validator = validator;
        this.sla = sla;
    }

    /**
     * Takes the mapped delivery. A concurrent delivery of the same platform order makes this fail on the order's or
     * the case's unique key; the caller then takes it again (finding what the other one made).
     */
    @WithTransaction
    public Uni<Taken> take(WebhookSource source, WebhookDelivery delivery, PlatformOrder mapped, String dedupeKey) {
        SalesChannel channel = source.channel;
        Uni<Order> known = mapped.externalOrderId() == null
                ? Uni.createFrom().nullItem()
                : orderRows.findByExternalId(channel, mapped.externalOrderId());
        return known.chain(order -> {
            if (order != null) {
                return record(delivery, WebhookDelivery.Outcome.DUPLICATE, order.id, null)
                        .replaceWith(new OrderTaken(order, false));
            }
            return cases.find("dedupeKey", dedupeKey).firstResult().chain(existing -> {
                if (existing != null) {
                    return record(delivery, WebhookDelivery.Outcome.DUPLICATE, existing.orderId, existing.id)
                            .replaceWith(new CaseTaken(existing, false));
                }
                return skus.resolve(channel, source.path, mapped)
                        .chain(resolved -> takeNew(source, delivery, resolved, dedupeKey));
            });
        });
    }

    private Uni<Taken> takeNew(WebhookSource source, WebhookDelivery delivery, PlatformOrder mapped, String dedupeKey) {
        PlatformOrder checked = mapped.withProblems(problemsOf(mapped));
        Actor platform = Actor.system("webhook/" + source.channel.name().toLowerCase(), "webhook");
        if (!checked.clean()) {
            IntakeCase opened = IntakeCase.open(
                    source.path,
                    source.channel,
                    checked.externalOrderId(),
                    dedupeKey,
                    delivery.receivedAt,
                    Duration.ofMinutes(sla.entryMinutes()));
            return caseWork.open(opened, checked, delivery.payload, platform)
                    .call(c -> record(delivery, WebhookDelivery.Outcome.CASE_OPENED, null, c.id))
                    .map(c -> new CaseTaken(c, true));
        }
        return orders.storePlatformOrder(
                        asGiven(checked.order()),
                        checked.details(),
                        platform,
                        checked.externalOrderId(),
                        OrderService.PLATFORM)
                .call(order -> record(delivery, WebhookDelivery.Outcome.CREATED, order.id, null))
                .map(order -> new OrderTaken(order, true));
    }

    /**
     * The mapped order's violations of the order rules, but for those review judges on platform orders; a currency
     * that is no ISO code and a total too large to store.
     */
    private List<String> problemsOf(PlatformOrder mapped) {
        List<String> problems = new ArrayList<>();
        String currency = mapped.details() == null ? null : mapped.details().currency();
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            problems.add("currency: is not an ISO 4217 code: " + JsonText.truncate(currency, 20));
        }
        CreateOrderRequest order = mapped.order();
        if (order == null || !mapped.clean()) {
            // What the mapping could not read is named in the platform's terms; the clerk's completed order is
            // validated in full when it is posted.
            return problems;
        }
        validator.validate(order).stream()
                .filter(v -> !reviewed(v))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .forEach(problems::add);
        if (problems.isEmpty() && total(order).compareTo(MAX_TOTAL) > 0) {
            problems.add(
                    "total: " + total(order).toPlainString() + " is more than an order can hold (" + MAX_TOTAL + ")");
        }
        return problems;
    }

    /** Lines before discounts, shipping and tax: an upper bound of what the order's total will be. */
    private static BigDecimal total(CreateOrderRequest order) {
        BigDecimal sum = order.taxAmount() == null ? BigDecimal.ZERO : order.taxAmount();
        for (CreateOrderRequest.Line line : order.lines()) {
            sum = sum.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        if (order.shippingLines() != null) {
            for (CreateOrderRequest.ShippingLine shipping : order.shippingLines()) {
                sum = sum.add(shipping.amount());
            }
        }
        return sum;
    }

    /** The order with the fields review judges kept as given, a missing one as blank (the columns hold text). */
    private static CreateOrderRequest asGiven(CreateOrderRequest order) {
        var c = order.customer();
        var a = order.shippingAddress();
        return new CreateOrderRequest(
                new CreateOrderRequest.Customer(blank(c.name()), c.phone(), c.email()),
                new CreateOrderRequest.Address(
                        a.recipient(),
                        blank(a.line1()),
                        a.line2(),
                        blank(a.city()),
                        a.region(),
                        blank(a.postalCode()),
                        a.country()),
                order.lines(),
                order.remarks(),
                order.payment(),
                order.channel(),
                order.shippingLines(),
                order.taxAmount());
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static boolean reviewed(ConstraintViolation<?> violation) {
        Set<Class<? extends Annotation>> judged =
                REVIEWED.get(violation.getPropertyPath().toString());
        return judged != null
                && judged.contains(
                        violation.getConstraintDescriptor().getAnnotation().annotationType());
    }

    /** Keeps a delivery of a topic intake does not act on (yet): acknowledged, nothing else. */
    @WithTransaction
    public Uni<Void> ignore(WebhookDelivery delivery, String why) {
        delivery.outcome = WebhookDelivery.Outcome.IGNORED;
        delivery.problem = why;
        return orderRows.getSession().chain(s -> s.persist(delivery));
    }

    /** Keeps a delivery whose body is not JSON, for inspection. */
    @WithTransaction
    public Uni<Void> reject(WebhookDelivery delivery, String problem) {
        delivery.outcome = WebhookDelivery.Outcome.REJECTED;
        delivery.problem = problem;
        return orderRows.getSession().chain(s -> s.persist(delivery));
    }

    private Uni<Void> record(
            WebhookDelivery delivery, WebhookDelivery.Outcome outcome, java.util.UUID orderId, java.util.UUID caseId) {
        delivery.outcome = outcome;
        delivery.orderId = orderId;
        delivery.caseId = caseId;
        return orderRows.getSession().chain(s -> s.persist(delivery)).replaceWithVoid();
    }
}
