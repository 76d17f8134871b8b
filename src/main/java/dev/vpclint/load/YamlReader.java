package dev.vpclint.load;

import dev.vpclint.model.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.vpclint.load.YNode.Entry;
import dev.vpclint.load.YNode.YList;
import dev.vpclint.load.YNode.YMap;
import dev.vpclint.load.YNode.YScalar;
import dev.vpclint.model.Loc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Streams one YAML document into a {@link YNode} tree with positions. Duplicate keys, aliases,
 * nesting and document size are handled here rather than by SnakeYAML's composer, which would
 * silently keep the last duplicate and expand alias bombs.
 */
final class YamlReader {

    private final InputLimits limits;
    private final YAMLFactory factory;
    private final JsonFactory json;

    YamlReader(InputLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setNestingDepthLimit(limits.maxDepth() + 2);
        options.setAllowDuplicateKeys(true); // detected below, with both positions
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNumberLength(1000)
                .build();
        this.factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    /** Thrown to abandon a file whose structure cannot be read any further. */
    private static final class Abort extends RuntimeException {
        final Problem problem;

        Abort(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Reads the document; returns null (with a problem reported) when it cannot be read. */
    YNode read(String file, String content, List<Problem> problems) {
        Problem longLine = longLine(file, content);
        if (longLine != null) {
            problems.add(longLine);
            return null;
        }
        return read(file, content, factory, problems);
    }

    /** A JSON topology: the same tree, read by Jackson's JSON parser (no long-line cost, no aliases). */
    YNode readJson(String file, String content, List<Problem> problems) {
        return read(file, content, json, problems);
    }

    private YNode read(String file, String content, JsonFactory format, List<Problem> problems) {
        try (JsonParser parser = format.createParser(content)) {
            Session s = new Session(file, parser, problems);
            JsonToken first = parser.nextToken();
            if (first == null) return null;
            YNode root = s.value(0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(new Problem("VL002", format == json ? "a JSON topology holds one value; remove what follows it"
                        : "a topology file holds one YAML document; remove the second `---` document",
                        s.loc(parser.currentTokenLocation())));
            }
            return root;
        } catch (Abort a) {
            problems.add(a.problem);
            return null;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(file, e));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals some limits with unchecked exceptions and no mark.
            problems.add(new Problem("VL001", "cannot read YAML: " + firstLine(e.getMessage()), new Loc(file, 1, 1, "")));
            return null;
        }
    }

    /** The first line longer than the limit, checked before SnakeYAML's reader meets it. */
    private Problem longLine(String file, String content) {
        int line = 1;
        int start = 0;
        int n = content.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? content.charAt(i) : '\n';
            if (c != '\n' && c != '\r') continue;
            if (i - start > limits.maxLineChars()) {
                return new Problem("VL001", "line " + line + " is " + (i - start) + " characters long; the limit is "
                        + limits.maxLineChars() + " (write long lists one item per line)",
                        new Loc(file, line, limits.maxLineChars() + 1, ""));
            }
            if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') i++;
            line++;
            start = i + 1;
        }
        return null;
    }

    private static Problem syntaxProblem(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String what = m.getProblem() != null ? m.getProblem() : firstLine(m.getMessage());
            String context = m.getContext() != null ? " (" + m.getContext() + ")" : "";
            return new Problem("VL001", what + context, new Loc(file, mark.getLine() + 1, mark.getColumn() + 1, ""));
        }
        JsonLocation at = e.getLocation();
        int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : 1;
        int col = at != null && at.getColumnNr() > 0 ? at.getColumnNr() : 1;
        return new Problem("VL001", firstLine(e.getOriginalMessage()), new Loc(file, line, col, ""));
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) return "unreadable input";
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }

    private final class Session {
        final String file;
        final JsonParser parser;
        final List<Problem> problems;
        final Map<String, YNode> anchors = new HashMap<>();
        /** Keys repeat on every object (`cidr`, `az`, `target`): one String per distinct key. */
        final Map<String, String> keys = new HashMap<>();
        /** Nodes written in the file so far; the expansion of a subtree beyond them came from aliases. */
        long written;

        Session(String file, JsonParser parser, List<Problem> problems) {
            this.file = file;
            this.parser = parser;
            this.problems = problems;
        }

        int line(JsonLocation l) {
            return Math.max(1, l.getLineNr());
        }

        int column(JsonLocation l) {
            return Math.max(1, l.getColumnNr());
        }

        Loc loc(JsonLocation l) {
            return new Loc(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), "");
        }

        /** Reads the value at the current token. */
        YNode value(int depth) throws IOException {
            JsonToken t = parser.currentToken();
            JsonLocation at = parser.currentTokenLocation();
            if (depth > limits.maxDepth()) {
                throw new Abort(new Problem("VL001", "nesting deeper than " + limits.maxDepth() + " levels", loc(at)));
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) return alias(parser.getText(), at);
            written++;
            String anchor = parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
            YNode node = switch (t) {
                case START_OBJECT -> map(depth, at);
                case START_ARRAY -> list(depth, at);
                default -> scalar(t, at);
            };
            if (anchor != null) anchors.put(anchor, node);
            return node;
        }

        private YNode alias(String name, JsonLocation at) {
            YNode target = anchors.get(name);
            if (target == null) {
                throw new Abort(new Problem("VL001", "alias *" + name + " refers to no anchor defined before it", loc(at)));
            }
            return target;
        }

        private YMap map(int depth, JsonLocation at) throws IOException {
            Entries entries = new Entries();
            long size = 1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = keys.computeIfAbsent(parser.currentName(), k -> k);
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                YNode v = value(depth + 1);
                size = budget(size + 1 + v.expandedSize(), at);
                Entry e = new Entry(key, file, line(keyAt), column(keyAt), v);
                Entry first = entries.putIfAbsent(e);
                if (first != null) {
                    problems.add(new Problem("VL004", "duplicate key '" + key + "' (first defined at line " + first.keyLine()
                            + "); YAML would silently keep only one", new Loc(file, e.keyLine(), e.keyColumn(), ""),
                            List.of(new Loc(file, first.keyLine(), first.keyColumn(), ""))));
                }
            }
            return new YMap(entries.trim(), file, line(at), column(at), size); // Entries is read-only: AbstractMap.put throws
        }

        private YList list(int depth, JsonLocation at) throws IOException {
            ArrayList<YNode> items = new ArrayList<>();
            long size = 1;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                YNode v = value(depth + 1);
                size = budget(size + v.expandedSize(), at);
                items.add(v);
            }
            items.trimToSize();
            return new YList(java.util.Collections.unmodifiableList(items), file, line(at), column(at), size);
        }

        /** Every subtree's expansion is checked as it closes, so an alias bomb stops at its first oversize level. */
        private long budget(long size, JsonLocation at) {
            if (size - written > limits.maxAliasNodes()) {
                throw new Abort(new Problem("VL001", "aliases expand this to more than " + limits.maxAliasNodes()
                        + " nodes beyond those written (aliases repeating aliases?); refusing to expand it", loc(at)));
            }
            return size;
        }

        private YScalar scalar(JsonToken t, JsonLocation at) throws IOException {
            int line = line(at);
            int column = column(at);
            return switch (t) {
                case VALUE_NUMBER_INT -> new YScalar(YScalar.Kind.INT, parser.getText(), file, line, column);
                case VALUE_NUMBER_FLOAT -> new YScalar(YScalar.Kind.FLOAT, parser.getText(), file, line, column);
                case VALUE_TRUE, VALUE_FALSE -> new YScalar(YScalar.Kind.BOOL, t == JsonToken.VALUE_TRUE ? "true" : "false", file, line, column);
                case VALUE_NULL -> new YScalar(YScalar.Kind.NULL, "", file, line, column);
                default -> new YScalar(YScalar.Kind.STRING, parser.getText(), file, line, column);
            };
        }
    }
}
