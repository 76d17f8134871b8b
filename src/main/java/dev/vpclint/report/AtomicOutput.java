package dev.vpclint.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file so readers never see half of it: into a temporary file beside the target,
 * then renamed over it. A failure leaves the old file (or none) and removes the temporary one.
 * Devices and pipes are written through, never replaced.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    public interface Body {
        void writeTo(Writer w) throws IOException;
    }

    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            // A device or pipe (/dev/stdout, a FIFO): write through it. Renaming a file over it
            // would replace the device itself.
            try (Writer w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.WRITE)) {
                body.writeTo(w);
            }
            return;
        }
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
