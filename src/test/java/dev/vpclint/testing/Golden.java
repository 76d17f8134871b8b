package dev.vpclint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files: compared byte for byte, rewritten with `-Dgolden.update=true` (then review the diff). */
public final class Golden {
    private Golden() {
    }

    public static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "<missing " + golden.getFileName() + ">";
        assertEquals(expected, actual, golden.getFileName() + " differs; rerun with -Dgolden.update=true and review the diff");
    }
}
