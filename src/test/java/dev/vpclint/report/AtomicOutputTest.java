package dev.vpclint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.testing.MemFs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Report files appear whole or not at all; devices and pipes are written through, never replaced. */
class AtomicOutputTest {

    @Test
    void replacesARegularFileWhole() throws Exception {
        try (MemFs m = new MemFs()) {
            Path out = m.write("report.txt", "old");
            AtomicOutput.write(out, w -> w.write("new"));
            assertEquals("new", Files.readString(out));
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
        try (MemFs m = new MemFs()) {
            Path out = m.write("report.txt", "old");
            assertThrows(IOException.class, () -> AtomicOutput.write(out, w -> {
                w.write("half");
                throw new IOException("disk full");
            }));
            assertEquals("old", Files.readString(out));
            try (var files = Files.list(m.cwd)) {
                assertEquals(1, files.count());
            }
        }
    }

    @Test
    void aFolderIsNotReplaced() throws Exception {
        try (MemFs m = new MemFs()) {
            Path dir = m.cwd.resolve("reports");
            Files.createDirectories(dir);
            assertThrows(IOException.class, () -> AtomicOutput.write(dir, w -> w.write("x")));
            assertTrue(Files.isDirectory(dir));
        }
    }

    /** `--output /dev/stdout` or a FIFO: renaming over it would replace the device (as root, /dev/null). */
    @Test
    @Timeout(30)
    void aPipeIsWrittenThroughNotReplaced(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicOutput.write(fifo, w -> w.write("through the pipe"));
        assertEquals("through the pipe", reader.get(20, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    }
}
