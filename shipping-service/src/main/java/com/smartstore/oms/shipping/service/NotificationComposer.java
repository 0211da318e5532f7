package com.smartstore.oms.shipping.service;

import com.smartstore.oms.shipping.config.ShippingConfig;
import com.smartstore.oms.shipping.domain.Carrier;
import com.smartstore.oms.shipping.domain.CustomerNotice;
import com.smartstore.oms.shipping.domain.OrderInfo;
import com.smartstore.oms.shipping.domain.Shipment;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Renders a customer notification (R-S3) in the customer's language with the Qute templates
 * {@code templates/notifications/<language>.html} and {@code <language>-subject.txt}: order number, the shipment's
 * items and quantities, carrier, tracking number and page, and the estimated delivery. Pure CPU work, so it runs in
 * the transaction that causes the mail, on whatever thread that is.
 */
@ApplicationScoped
public class NotificationComposer {

    /** A rendered mail. */
    public record Composed(String subject, String html) {}

    /** One line of the mail: a product and how many of it are in the parcel. */
    @TemplateData
    public record MailItem(String name, int quantity) {}

    /** What the templates see as {@code m}. */
    @TemplateData
    public record MailData(
            String kind,
            String shopName,
            String customerName,
            String orderNumber,
            List<MailItem> items,
            String carrierName,
            String trackingNumber,
            String trackingUrl,
            String eta) {}

    private final Engine engine;
    private final Carriers carriers;
    private final ShippingConfig config;

    public NotificationComposer(Engine engine, Carriers carriers, ShippingConfig config) {
        this.engine = engine;
        this.carriers = carriers;
        this.config = config;
    }

    /** The mail about {@code notice} for the shipment of the order, in {@code language} (one with templates). */
    public Composed compose(CustomerNotice notice, String language, Shipment shipment, OrderInfo order) {
        Locale locale = Locale.forLanguageTag(language);
        MailData data = new MailData(
                notice.kind().name(),
                config.notifications().shopName(),
                order.customerName,
                shipment.orderNumber,
                shipment.items.stream()
                        .map(i -> new MailItem(order.productName(i.sku()), i.quantity()))
                        .toList(),
                carriers.find(shipment.carrier).map(Carrier::name).orElse(shipment.carrier),
                shipment.trackingNumber,
                carriers.trackingUrl(shipment.carrier, shipment.trackingNumber),
                notice.estimatedDelivery() == null
                        ? null
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(locale)
                                .format(notice.estimatedDelivery()));
        String subject = engine.getTemplate("notifications/" + language + "-subject.txt")
                .data("m", data)
                .render()
                .strip();
        String html = engine.getTemplate("notifications/" + language + ".html")
                .data("m", data)
                .render();
        return new Composed(subject, html);
    }
}
