package com.smartstore.oms.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.pii.PiiCipher;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the order as reviewed, encrypted (it holds contact details and address, R-SEC1), so that an
 * amendment can be applied to it and the rules run again.
 */
@ApplicationScoped
public class OrderSnapshots {
    private static final Logger LOG = Logger.getLogger(OrderSnapshots.class);

    private final PiiCipher cipher;

    public OrderSnapshots(PiiCipher cipher) {
        this.cipher = cipher;
    }

    /** The stored form, or null when no PII key is configured (amendments of the order are then not re-reviewed). */
    public String seal(OrderReceived order) {
        try {
            return cipher.encrypt(EventJson.mapper().writeValueAsString(order));
        } catch (JsonProcessingException | IllegalStateException e) {
            LOG.warnf("order %s kept without a snapshot: %s", order.orderNumber(), e.getMessage());
            return null;
        }
    }

    /** The order a snapshot holds, or null when there is none. */
    public OrderReceived open(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(cipher.decrypt(sealed), OrderReceived.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored order snapshot is not an order", e);
        }
    }
}
