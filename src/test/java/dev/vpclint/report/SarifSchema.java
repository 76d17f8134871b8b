package dev.vpclint.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON Schemas (OASIS: the errata01 draft-04 schema and the prose draft-07
 * one), read from the shared corpora beside the project. The project ships no copy of them (their
 * licence), so without ../shared the tests that need them are skipped, never passed.
 */
final class SarifSchema {
    static final List<String> FILES = List.of("sarif-schema-2.1.0.oasis-errata01-draft04.json",
            "sarif-schema-2.1.0.oasis-prose-draft07.json");

    final String name;
    private final Schema schema;

    private SarifSchema(String name, Schema schema) {
        this.name = name;
        this.schema = schema;
    }

    /** The shared corpora's SARIF folder; skips the calling test when this checkout has no ../shared. */
    static Path corpus() {
        Path shared = Project.shared();
        assumeTrue(shared != null, "no ../shared beside the project: the SARIF schemas are not available, schema validation skipped");
        Path dir = shared.resolve("corpora/sarif");
        assumeTrue(Files.isDirectory(dir), "no " + dir + ": schema validation skipped");
        return dir;
    }

    /** Both schemas; skips the calling test when they are not available. */
    static List<SarifSchema> all() {
        Path dir = corpus();
        return FILES.stream().map(f -> load(dir.resolve(f))).toList();
    }

    private static SarifSchema load(Path file) {
        assumeTrue(Files.isRegularFile(file), "no " + file + ": schema validation skipped");
        try {
            // $schema in each file picks draft-04 or draft-07; remote references are never fetched.
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
            return new SarifSchema(file.getFileName().toString(), registry.getSchema(Files.readString(file), InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema errors of `sarif`, one line each; empty when it is valid. */
    List<String> errors(String sarif) {
        return schema.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
