package dev.vpclint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.cli.Env;
import dev.vpclint.cli.Main;
import dev.vpclint.testing.Golden;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped sample: `vpclint check samples/NAME.yaml` prints its golden text and exits as recorded. */
class SamplesTest {

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Project.samples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleMatchesItsGoldenOutput(String name) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(FileSystems.getDefault(), Project.dir(), Map.of(), false);
        int code = Main.run(env, new PrintWriter(out), new PrintWriter(err), "check", "samples/" + name + ".yaml");
        assertEquals("", err.toString());
        Golden.check(Project.samples().resolve(name + ".expected.txt"), out.toString());
        Path exit = Project.samples().resolve(name + ".expected-exit");
        assertTrue(Files.exists(exit), "samples/" + name + ".expected-exit records the exit code CI checks");
        assertEquals(Files.readString(exit).strip(), String.valueOf(code), "exit code of " + name);
    }
}
