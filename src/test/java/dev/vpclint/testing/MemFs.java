package dev.vpclint.testing;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/** An in-memory file system with `/work` as the current folder, for loader and CLI tests. */
public final class MemFs implements AutoCloseable {
    public final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setWorkingDirectory("/work").build());
    public final Path cwd = fs.getPath("/work");

    public MemFs() {
        try {
            Files.createDirectories(cwd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes `text` at `path` (relative to /work unless absolute), creating folders. */
    public Path write(String path, String text) {
        try {
            Path p = cwd.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        fs.close();
    }
}
