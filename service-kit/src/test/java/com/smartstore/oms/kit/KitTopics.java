package com.smartstore.oms.kit;

import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Creates the kit's own test topics (and sla-breached) before the test application subscribes to it. */
public class KitTopics implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        TestKafka.createTopics(
                "kit-test",
                "kit-test.dlq",
                "kit-outage",
                "kit-outage.dlq",
                Topics.SLA_BREACHED,
                Topics.SLA_BREACHED + ".dlq");
        return Map.of();
    }

    @Override
    public void stop() {}
}
