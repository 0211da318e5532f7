package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.rest.CreateOrderRequest;
import java.util.stream.Collectors;

/**
 * Maps our documented generic webhook format: the body of {@code POST /api/orders} plus {@code orderId}, the
 * sender's own order id (see the README).
 */
public final class GenericOrderMapper {
    private final ObjectMapper json;

    public GenericOrderMapper(ObjectMapper json) {
        this.json = json;
    }

    public PlatformOrder map(JsonNode o) {
        String id = text(o, "orderId", "");
        ObjectNode body = ((ObjectNode) o.deepCopy());
        body.remove("orderId");
        body.remove("channel");
        try {
            CreateOrderRequest request = json.treeToValue(body, CreateOrderRequest.class);
            return new PlatformOrder(
                    id,
                    new CreateOrderRequest(
                            request.customer(),
                            request.shippingAddress(),
                            request.lines(),
                            request.remarks(),
                            request.payment(),
                            SalesChannel.GENERIC_WEBHOOK,
                            request.shippingLines(),
                            request.taxAmount()));
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            throw new UnmappableOrder(
                    field.isEmpty() ? "body" : field, e.getOriginalMessage().split("\n")[0]);
        } catch (JsonProcessingException e) {
            throw new UnmappableOrder("body", e.getOriginalMessage());
        }
    }
}
