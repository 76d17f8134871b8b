package dev.vpclint.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project and the shared corpora are, for tests that read files of the repository. */
public final class Project {
    private Project() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("vpclint.projectDir", ".")).toAbsolutePath().normalize();
    }

    public static Path rules() {
        return dir().resolve("rules");
    }

    public static Path samples() {
        return dir().resolve("samples");
    }

    /** `../shared` beside the project, or null when this checkout has none. */
    public static Path shared() {
        Path p = dir().resolveSibling("shared");
        return Files.isDirectory(p) ? p : null;
    }
}
