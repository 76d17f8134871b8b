package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.model.Loc;
import java.io.IOException;
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
            if (MARKER.matcher(content).find()) {
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
        InlineIgnores inline = InlineIgnores.scan(display, content);
        ignores.put(display, inline);
        for (InlineIgnores.Ignore ig : inline.all()) {
            if (ig.reason().isEmpty()) {
                problems.add(new Problem("VL007", "ignore comment for " + String.join(", ", ig.rules())
                        + " gives no reason; write `# vpclint: ignore ID -- why`", ig.loc()));
            }
        }
        List<Problem> local = new ArrayList<>();
        YNode root = reader.read(display, content, local);
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

    /** The file's text, or null after a VL001 for oversize or non-UTF-8 input. */
    private String read(Path file, String display) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                problems.add(new Problem("VL001", "file is " + size + " bytes; the limit is " + limits.maxFileBytes(),
                        new Loc(display, 1, 1, "")));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
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
                walk.filter(p -> Files.isRegularFile(p) && isYaml(p) && !hidden(abs, p)).sorted().forEach(out::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new InputException("cannot read folder " + input + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(out);
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
