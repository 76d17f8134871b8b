package dev.vpclint.cli;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands take from the outside world, injectable so tests run in-process on an
 * in-memory file system: the file system and current folder, environment variables, and whether
 * standard output is a terminal (colour).
 */
public record Env(FileSystem fs, Path cwd, Map<String, String> vars, boolean terminal) {
}
