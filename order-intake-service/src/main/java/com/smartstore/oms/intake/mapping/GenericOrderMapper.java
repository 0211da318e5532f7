package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.optText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.PlatformDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Maps our documented generic webhook format: the body of {@code POST /api/orders} plus {@code orderId}, the
 * sender's own order id, and optionally {@code currency} (docs/intake.md). Never fails: a body that does not have
 * the shape of an order is a problem of the result (a DATA_ERROR case).
 */
public final class GenericOrderMapper {
    private final ObjectMapper json;

    public GenericOrderMapper(ObjectMapper json) {
        this.json = json;
    }

    public PlatformOrder map(JsonNode o) {
        List<String> problems = new ArrayList<>();
        String id = optText(o, "orderId");
        if (id == null) {
            problems.add("orderId: is missing or blank");
        }
        String currency = optText(o, "currency");
        ObjectNode body = ((ObjectNode) o.deepCopy());
        body.remove("orderId");
        body.remove("channel");
        body.remove("currency");
        CreateOrderRequest order = null;
        try {
            CreateOrderRequest request = json.treeToValue(body, CreateOrderRequest.class);
            order = new CreateOrderRequest(
                    request.customer(),
                    request.shippingAddress(),
                    request.lines() == null ? List.of() : request.lines(),
                    request.remarks(),
                    request.payment(),
                    SalesChannel.GENERIC_WEBHOOK,
                    request.shippingLines(),
                    request.taxAmount());
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            problems.add((field.isEmpty() ? "body" : field) + ": "
                    + JsonText.truncate(e.getOriginalMessage().split("\n")[0], 300));
        } catch (JsonProcessingException e) {
            problems.add("body: " + JsonText.truncate(e.getOriginalMessage(), 300));
        }
        return new PlatformOrder(
                id,
                order,
                new PlatformDetails(currency == null ? null : currency.toUpperCase(Locale.ROOT), null, List.of()),
                problems);
    }
}
