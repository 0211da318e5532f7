package com.smartstore.oms.systemtests.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU goes, from a Java Flight Recording ({@code OMS_SERVICE_JFR}, docs/BENCHMARKS.md): the share
 * of execution samples per top frame (self), and per method anywhere on the stack (inclusive) for the project's own
 * code and a few libraries of interest. {@code JfrTop FILE.jfr [N]}.
 */
public final class JfrTop {
    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            var thread = event.getThread("sampledThread");
            String threadName = thread == null || thread.getJavaName() == null
                    ? "?"
                    : thread.getJavaName().replaceAll("[0-9]+", "N");
            threads.merge(threadName, 1, Integer::sum);
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String n = name(frame);
                if (interesting(n) && seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                    if (n.startsWith("com.smartstore.")) {
                        own.merge(n, 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("%s: %d execution samples%n", args[0], samples);
        print("threads", threads, samples, 10);
        print("self (top frame)", self, samples, top);
        print("inclusive (own code and chosen libraries)", inclusive, samples, top);
        print("inclusive, own code only", own, samples, top * 2);
    }

    private static boolean interesting(String method) {
        return method.startsWith("com.smartstore.")
                || method.startsWith("org.hibernate.reactive.")
                || method.startsWith("io.vertx.pgclient.")
                || method.startsWith("io.vertx.sqlclient.")
                || method.startsWith("org.apache.kafka.clients.")
                || method.startsWith("com.fasterxml.jackson.databind.ObjectMapper")
                || method.startsWith("io.smallrye.jwt.")
                || method.startsWith("io.quarkus.security.")
                || method.startsWith("javax.crypto.")
                || method.startsWith("org.postgresql.");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("-- %s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private JfrTop() {}
}
