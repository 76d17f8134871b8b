package dev.vpclint.load;

import java.util.List;
import java.util.Map;

/**
 * A YAML node with the position it was written at. Jackson's JsonNode keeps no positions, so the
 * reader builds this small tree while streaming tokens. Aliased nodes are shared, not copied.
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    Pos pos();

    /** Nodes in the full expansion of this subtree; bounded by the reader so alias bombs stop early. */
    long expandedSize();

    /** Position in a file: 1-based line and column. */
    record Pos(String file, int line, int column) {
    }

    /** A key of a mapping, where the key was written, and its value. */
    record Entry(String key, Pos keyPos, YNode value) {
    }

    record YMap(Map<String, Entry> entries, Pos pos, long expandedSize) implements YNode {
        /** Takes ownership of `entries` (the reader builds a fresh map per mapping): no copy for big files. */
        public YMap {
            entries = java.util.Collections.unmodifiableMap(entries);
        }
    }

    record YList(List<YNode> items, Pos pos, long expandedSize) implements YNode {
        public YList {
            items = java.util.Collections.unmodifiableList(items);
        }
    }

    /** A scalar as YAML typed it: STRING for quoted or plain text, the others for plain scalars only. */
    record YScalar(Kind kind, String text, Pos pos) implements YNode {
        public enum Kind { STRING, INT, FLOAT, BOOL, NULL }

        @Override
        public long expandedSize() {
            return 1;
        }
    }

    static String typeName(YNode n) {
        if (n instanceof YMap) return "a mapping";
        if (n instanceof YList) return "a list";
        YScalar s = (YScalar) n;
        return switch (s.kind()) {
            case STRING -> "a string";
            case INT -> "an integer";
            case FLOAT -> "a number";
            case BOOL -> "a boolean";
            case NULL -> "null";
        };
    }
}
