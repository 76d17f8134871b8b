package dev.vpclint.load;

import java.util.List;
import java.util.Map;

/**
 * A YAML node with the position it was written at. Jackson's JsonNode keeps no positions, so the
 * reader builds this small tree while streaming tokens. Aliased nodes are shared, not copied.
 * Positions are stored flat (a {@link Pos} is made on demand): a 10,000-VPC topology has over a
 * million nodes, and an object per position doubled the tree's share of garbage collection.
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    Pos pos();

    /** Nodes in the full expansion of this subtree; bounded by the reader so alias bombs stop early. */
    long expandedSize();

    /** Position in a file: 1-based line and column. */
    record Pos(String file, int line, int column) {
    }

    /** A key of a mapping, where the key was written, and its value. */
    record Entry(String key, String file, int keyLine, int keyColumn, YNode value) {
        public Pos keyPos() {
            return new Pos(file, keyLine, keyColumn);
        }
    }

    /** A mapping; `entries` keep the order keys were written in. */
    record YMap(Map<String, Entry> entries, String file, int line, int column, long expandedSize) implements YNode {
        @Override
        public Pos pos() {
            return new Pos(file, line, column);
        }
    }

    record YList(List<YNode> items, String file, int line, int column, long expandedSize) implements YNode {
        @Override
        public Pos pos() {
            return new Pos(file, line, column);
        }
    }

    /** A scalar as YAML typed it: STRING for quoted or plain text, the others for plain scalars only. */
    record YScalar(Kind kind, String text, String file, int line, int column) implements YNode {
        public enum Kind { STRING, INT, FLOAT, BOOL, NULL }

        @Override
        public Pos pos() {
            return new Pos(file, line, column);
        }

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
