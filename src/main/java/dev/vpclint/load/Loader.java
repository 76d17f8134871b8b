package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.model.Loc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files and folders -> merged topologies. Each input file with the `vpclint:` marker is a root;
 * its includes merge in by name. A file that another input includes is linted only as part of it.
 * Includes may not resolve outside the folder vpclint was started in (a pull request must not make
 * CI read other files on the machine).
 */
public final class Loader {
    private static final Pattern MARKER = Pattern.compile("(?m)^vpclint[ \\t]*:");
    /** A JSON topology has `"vpclint":` as a key; the root check after parsing confirms it is the top-level one. */
    private static final Pattern JSON_MARKER = Pattern.compile("\"vpclint\"\\s*:");

    private final Path startDir;
    private final InputLimits limits;
    private final YamlReader reader;
    /** Parsed files by real path, so a fragment included twice is read and reported once. */
    private final Map<Path, Parsed> cache = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, InlineIgnores> ignores = new TreeMap<>();

    private record Parsed(Path path, String display, Fragment fragment) {
    }

    public Loader(Path startDir, InputLimits limits) {
        this.startDir = startDir.toAbsolutePath().normalize();
        this.limits = limits;
        this.reader = new YamlReader(limits);
    }

    public LoadResult load(List<Path> inputs) throws InputException {
        List<Path> candidates = expand(inputs.isEmpty() ? List.of(startDir) : inputs);
        List<String> skipped = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        Map<Path, String> contents = new LinkedHashMap<>();
        for (Path p : candidates) {
            String content = read(p, display(p));
            if (content == null) {
                // Unreadable as text: reported once by read(); still a checked file.
                roots.add(p);
                cache.put(realOrSelf(p), new Parsed(realOrSelf(p), display(p), null));
                continue;
            }
            if ((isJson(p) ? JSON_MARKER : MARKER).matcher(content).find()) {
                roots.add(p);
                contents.put(p, content);
            } else {
                skipped.add(display(p));
            }
        }
        Map<Path, List<Parsed>> closures = new LinkedHashMap<>();
        Set<Path> includedByOthers = new LinkedHashSet<>();
        for (Path root : roots) {
            List<Parsed> closure = new ArrayList<>();
            Path boundary = root.startsWith(startDir) ? startDir : root.getParent();
            collect(root, contents.get(root), boundary, new ArrayDeque<>(), closure);
            closures.put(root, closure);
            for (int i = 1; i < closure.size(); i++) includedByOthers.add(closure.get(i).path());
        }
        List<LoadResult.Loaded> topologies = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        for (Map.Entry<Path, List<Parsed>> e : closures.entrySet()) {
            if (includedByOthers.contains(e.getKey())) continue;
            List<Merger.Part> parts = new ArrayList<>();
            for (Parsed p : e.getValue()) {
                files.add(p.display());
                if (p.fragment() != null) parts.add(new Merger.Part(p.display(), p.fragment()));
            }
            if (e.getValue().isEmpty()) files.add(display(e.getKey()));
            if (parts.isEmpty() || e.getValue().get(0).fragment() == null) continue;
            LoadResult.Loaded loaded = new Merger(problems).merge(parts);
            new dev.vpclint.net.References(problems).check(loaded.topology(), loaded.broken());
            topologies.add(loaded);
        }
        return new LoadResult(topologies, List.copyOf(problems), List.copyOf(files), skipped, ignores);
    }

    /** Depth-first over includes; the root comes first in `out`. */
    private void collect(Path file, String content, Path boundary, Deque<Path> stack, List<Parsed> out) {
        Path key = realOrSelf(file);
        Parsed parsed = cache.get(key);
        if (parsed == null) {
            String display = display(file);
            if (content == null) content = read(file, display);
            Fragment fragment = content == null ? null : parse(display, content);
            parsed = new Parsed(key, display, fragment);
            cache.put(key, parsed);
        }
        if (out.stream().anyMatch(p -> p.path().equals(key))) return; // diamond: merged once
        out.add(parsed);
        if (parsed.fragment() == null) return;
        stack.push(key);
        for (Fragment.IncludeRef inc : parsed.fragment().includes) {
            Path target = resolveInclude(file, inc, boundary, stack);
            if (target != null) collect(target, null, boundary, stack, out);
        }
        stack.pop();
    }

    private Path resolveInclude(Path from, Fragment.IncludeRef inc, Path boundary, Deque<Path> stack) {
        Path target = from.toAbsolutePath().getParent().resolve(inc.path()).normalize();
        Loc at = inc.loc();
        if (!target.startsWith(boundary)) {
            problems.add(new Problem("VL006", "include '" + inc.path() + "' resolves outside " + describeBoundary(boundary)
                    + "; includes must stay inside the folder vpclint was started in", at));
            return null;
        }
        if (!Files.exists(target)) {
            problems.add(new Problem("VL006", "include '" + inc.path() + "' does not exist", at));
            return null;
        }
        if (Files.isDirectory(target)) {
            problems.add(new Problem("VL006", "include '" + inc.path() + "' is a folder; include files", at));
            return null;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(new Problem("VL006", "include '" + inc.path() + "' is " + kind(target) + "; include regular files", at));
            return null;
        }
        Path real = realOrSelf(target);
        if (!real.startsWith(realOrSelf(boundary))) {
            problems.add(new Problem("VL006", "include '" + inc.path() + "' is a link to a file outside " + describeBoundary(boundary), at));
            return null;
        }
        if (stack.contains(real)) {
            problems.add(new Problem("VL006", "include '" + inc.path() + "' forms a cycle back to " + display(real), at));
            return null;
        }
        return target;
    }

    private String describeBoundary(Path boundary) {
        return boundary.equals(startDir) ? "the current folder" : display(boundary);
    }

    private Fragment parse(String display, String content) {
        try {
            return parseText(display, content);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Within the limits this should not happen; if a file still exhausts the JVM, that is its finding, and the tree it
            // was building is garbage again, so the other files are still checked.
            problems.add(new Problem("VL001", "reading this file exhausted the JVM (" + e.getClass().getSimpleName()
                    + "); see the README's \"Input limits\"", new Loc(display, 1, 1, "")));
            return null;
        }
    }

    private Fragment parseText(String display, String content) {
        boolean json = display.endsWith(".json");
        if (!json) scanIgnores(display, content); // JSON has no comments, so no inline ignores
        List<Problem> local = new ArrayList<>();
        YNode root = json ? reader.readJson(display, content, local) : reader.read(display, content, local);
        Fragment fragment = null;
        if (root instanceof YNode.YMap map) {
            fragment = new TopologyBinder(local).bind(map, display);
        } else if (root != null) {
            local.add(new Problem("VL002", "a topology file must be a mapping with `vpclint: 1` at the top, not "
                    + YNode.typeName(root), new Loc(display, root.pos().line(), root.pos().column(), "")));
        } else if (local.isEmpty()) {
            local.add(new Problem("VL002", "the file is empty", new Loc(display, 1, 1, "")));
        }
        problems.addAll(local);
        return fragment;
    }

    private void scanIgnores(String display, String content) {
        InlineIgnores inline = InlineIgnores.scan(display, content);
        ignores.put(display, inline);
        for (InlineIgnores.Ignore ig : inline.all()) {
            if (ig.reason().isEmpty()) {
                problems.add(new Problem("VL007", "ignore comment for " + String.join(", ", ig.rules())
                        + " gives no reason; write `# vpclint: ignore ID -- why`", ig.loc()));
            }
        }
    }

    /** The file's text, or null after a VL001 for a non-regular, oversize or non-UTF-8 file. */
    private String read(Path file, String display) {
        try {
            // A FIFO blocks forever and a device (/dev/zero, or a link to one) never ends: read regular files only.
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem("VL001", "not a regular file (" + kind(file) + "); vpclint reads only regular files",
                        new Loc(display, 1, 1, "")));
                return null;
            }
            byte[] bytes = readAtMost(file, limits.maxFileBytes());
            if (bytes == null) {
                problems.add(new Problem("VL001", "file is larger than " + limits.maxFileBytes() + " bytes, the limit",
                        new Loc(display, 1, 1, "")));
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // Windows editors write a UTF-8 byte order mark; editors do not show it, so neither do columns (nor the marker test).
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(new Problem("VL001", "file is not UTF-8 text", new Loc(display, 1, 1, "")));
            return null;
        } catch (IOException e) {
            problems.add(new Problem("VL001", "cannot read file: " + e.getClass().getSimpleName(), new Loc(display, 1, 1, "")));
            return null;
        }
    }

    /**
     * At most `limit` bytes, or null when the file holds more. The size is not trusted: a file may
     * grow while read, and files under /proc report size 0.
     */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }
    }

    private static String kind(Path file) {
        if (!Files.exists(file)) return "a broken link";
        if (Files.isDirectory(file)) return "a folder";
        try {
            Object type = Files.readAttributes(file, "unix:mode").get("mode");
            if (type instanceof Integer mode) {
                return switch (mode & 0170000) {
                    case 0010000 -> "a FIFO";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> "not a file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Not a Unix file system: the generic word below is all there is to say.
        }
        return "a device, FIFO or socket";
    }

    private List<Path> expand(List<Path> inputs) throws InputException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            if (!Files.exists(abs)) throw new InputException("no such file or folder: " + input);
            if (!Files.isDirectory(abs)) {
                out.add(abs);
                continue;
            }
            try (Stream<Path> walk = Files.walk(abs)) {
                // Not only regular files: a FIFO or a link to a device named *.yaml gets its finding rather than a silent skip.
                walk.filter(p -> !Files.isDirectory(p) && isYaml(p) && !hidden(abs, p)).sorted().forEach(out::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new InputException("cannot read folder " + input + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(out);
    }

    /** JSON topologies are checked when named or included; folders are searched for YAML only (package.json is everywhere). */
    private static boolean isJson(Path p) {
        return p.getFileName().toString().endsWith(".json");
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Dot folders (.git, .github) hold no topologies and can be large. */
    private static boolean hidden(Path base, Path p) {
        for (Path part : base.relativize(p.getParent() == null ? p : p.getParent())) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Paths under the start folder are shown relative with `/`; others as given. */
    String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.startsWith(startDir) && !abs.equals(startDir)) {
            return startDir.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
        }
        return abs.toString().replace(abs.getFileSystem().getSeparator(), "/");
    }

}
