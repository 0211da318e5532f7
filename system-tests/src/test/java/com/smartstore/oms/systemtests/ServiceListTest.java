package com.smartstore.oms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The system tests' services are the scripts' services: deploy/services.txt, the one list (issue 18). */
class ServiceListTest {

    @Test
    void serviceEnumMatchesTheScriptsList() throws IOException {
        List<String> listed = Files.readAllLines(Path.of("..", "deploy", "services.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> String.join(" ", line.split("\\s+")))
                .toList();

        List<String> enumerated = Arrays.stream(Service.values())
                .map(s -> s.module + " " + s.port + " oms_" + s.name().toLowerCase())
                .toList();

        assertThat(enumerated).isEqualTo(listed);
    }
}
