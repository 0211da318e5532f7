package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import com.smartstore.oms.shipping.service.PlaintextReencryption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rows written before encryption at rest (V9) hold their name and address in plaintext; the re-encryption job seals
 * them with the active key, and the API shows the same values as before.
 */
@QuarkusTest
class PlaintextReencryptionTest {
    @Inject
    ShipmentRepository shipments;

    @Inject
    PlaintextReencryption job;

    @Test
    void plaintextNamesAndAddressesOfOlderRowsAreEncryptedAndReadTheSame() {
        UUID orderId = UUID.randomUUID();
        String shipmentId = Fixtures.packedOrder(orderId, "Évora");
        // As a row stored before V9 was: plaintext name and address, written by SQL.
        sql(
                "update order_info set customer_name = 'Ana Silva', ship_recipient = 'Ana Silva', ship_line1 = 'Rua Augusta 10',"
                        + " ship_city = 'Évora', ship_postal_code = '1100-053' where order_id = '" + orderId + "'");
        sql("update shipment set ship_recipient = 'Ana Silva', ship_line1 = 'Rua Augusta 10', ship_city = 'Évora',"
                + " ship_postal_code = '1100-053' where id = '" + shipmentId + "'");
        assertThat(columns(orderId)).contains("Rua Augusta 10");

        int sealed = 0;
        for (int n = Db.call(() -> job.reencrypt()); n > 0; n = Db.call(() -> job.reencrypt())) {
            sealed += n;
        }
        assertThat(sealed).isGreaterThanOrEqualTo(9);
        for (String column : columns(orderId)) {
            assertThat(PiiCipher.keyIdOf(column)).as(column).isEqualTo("test1");
        }
        assertThat(Db.call(() -> job.reencrypt())).isZero();

        RemedyTest.shipment(shipmentId, "shipping")
                .body("shipTo.recipient", equalTo("Ana Silva"))
                .body("shipTo.line1", equalTo("Rua Augusta 10"))
                .body("shipTo.city", equalTo("Évora"))
                .body("shipTo.postalCode", equalTo("1100-053"));
    }

    private void sql(String statement) {
        Db.tx(() ->
                shipments.getSession().chain(s -> s.createNativeQuery(statement).executeUpdate()));
    }

    /** The encrypted columns of the order's rows that hold a value. */
    private List<String> columns(UUID orderId) {
        return Db.read(() -> shipments
                .getSession()
                .chain(s -> s.createNativeQuery(
                                "select v from (select unnest(array[customer_name, ship_recipient, ship_line1,"
                                        + " ship_line2, ship_city, ship_region, ship_postal_code]) v from order_info"
                                        + " where order_id = :id union all select unnest(array[ship_recipient,"
                                        + " ship_line1, ship_line2, ship_city, ship_region, ship_postal_code]) from"
                                        + " shipment where order_id = :id) c where v is not null",
                                String.class)
                        .setParameter("id", orderId)
                        .getResultList()));
    }
}
