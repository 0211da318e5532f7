import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates every topic listed in topics.txt, and its .dlq twin, unless it exists (run by kafka.sh). */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> wanted = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                String[] parts = line.trim().split("\\s+");
                if (parts[0].isEmpty() || parts[0].startsWith("#")) {
                    continue;
                }
                boolean compact = parts.length > 1 && parts[1].equals("compact");
                NewTopic topic = new NewTopic(parts[0], 3, (short) 1);
                if (compact) {
                    topic.configs(Map.of("cleanup.policy", "compact"));
                }
                wanted.add(topic);
                wanted.add(new NewTopic(parts[0] + ".dlq", 1, (short) 1));
            }
            List<NewTopic> missing =
                    wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            System.out.println("topics: " + wanted.size() + " wanted, " + missing.size() + " created");
        }
    }
}
