package dev.vpclint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The rule docs the jar ships (`rules/VLnnn/README.md`): `explain` prints them, SARIF carries them. */
public final class RuleDocs {
    private RuleDocs() {
    }

    /** The doc's markdown, or null when the jar has none for this id. */
    public static String markdown(String id) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/vpclint/rules/" + id + "/README.md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the doc is published, for SARIF helpUri and text output. */
    public static String url(String id) {
        return "https://github.com/vpclint/vpclint/blob/main/rules/" + id + "/README.md";
    }
}
