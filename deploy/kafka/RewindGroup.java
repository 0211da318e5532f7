import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Rewinds a consumer group to a time (deploy/restore.sh --replay, docs/OPERATIONS.md): every partition the group has
 * committed an offset on goes back to the first record at or after the time, or stays where it is if that is later.
 * The group must have no running member (stop the service first). Args: bootstrap group ISO-instant.
 */
public class RewindGroup {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        String group = args[1];
        long time = Instant.parse(args[2]).toEpochMilli();
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> query = new HashMap<>();
            committed.keySet().forEach(tp -> query.put(tp, OffsetSpec.forTimestamp(time)));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> at =
                    admin.listOffsets(query).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
            committed.forEach((tp, offset) -> {
                if (offset == null) {
                    return;
                }
                long target = at.get(tp).offset(); // -1: no record at or after the time
                if (target >= 0 && target < offset.offset()) {
                    rewound.put(tp, new OffsetAndMetadata(target));
                }
            });
            if (!rewound.isEmpty()) {
                admin.alterConsumerGroupOffsets(group, rewound).all().get(30, TimeUnit.SECONDS);
            }
            System.out.println("group " + group + ": " + rewound.size() + " of " + committed.size()
                    + " partitions rewound to " + args[2]);
        }
    }
}
