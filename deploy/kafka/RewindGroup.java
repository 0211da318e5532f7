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
 * The group must have no running member (stop the service first; a killed one's member is waited out, up to 3 min).
 * Args: bootstrap group ISO-instant.
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
            // A member of a service that was killed stays in the group until its session times out (45 s): wait for it.
            long deadline = System.currentTimeMillis() + 180_000;
            while (!rewound.isEmpty()) {
                try {
                    admin.alterConsumerGroupOffsets(group, rewound).all().get(30, TimeUnit.SECONDS);
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    boolean busy = e.getCause() instanceof org.apache.kafka.common.errors.UnknownMemberIdException
                            || e.getCause() instanceof org.apache.kafka.common.errors.GroupNotEmptyException;
                    if (!busy || System.currentTimeMillis() > deadline) {
                        throw e;
                    }
                    System.out.println("group " + group + " still has members; waiting for them to leave");
                    Thread.sleep(2000);
                }
            }
            System.out.println("group " + group + ": " + rewound.size() + " of " + committed.size()
                    + " partitions rewound to " + args[2]);
        }
    }
}
