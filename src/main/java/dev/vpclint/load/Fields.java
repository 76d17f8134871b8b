package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.model.Suggest;
import dev.vpclint.load.YNode.Entry;
import dev.vpclint.load.YNode.YList;
import dev.vpclint.load.YNode.YMap;
import dev.vpclint.load.YNode.YScalar;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrFormatException;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, checked access to one YAML mapping that stands for one object. Every problem becomes a
 * VL002 / VL003 problem at the most specific position; getters return null (or an empty list)
 * after reporting, so binding goes on past a bad field.
 */
final class Fields {

    final YMap map;
    final String path;
    final Loc loc;
    private final List<Problem> problems;
    private boolean broken;

    private Fields(YMap map, String path, Loc loc, List<Problem> problems) {
        this.map = map;
        this.path = path;
        this.loc = loc;
        this.problems = problems;
    }

    /**
     * Views `node` as an object with the given known keys. Returns null (after a VL002) when the
     * node is not a mapping; reports every unknown key as VL003 with the nearest known key.
     */
    static Fields of(YNode node, String path, Loc loc, Set<String> known, List<Problem> problems) {
        if (!(node instanceof YMap m)) {
            problems.add(new Problem("VL002", path(path) + " must be a mapping, not " + YNode.typeName(node), at(node, path)));
            return null;
        }
        Fields f = new Fields(m, path, loc, problems);
        for (Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
                String near = Suggest.nearest(e.key(), known);
                String hint = near == null ? "" : "; did you mean '" + near + "'?";
                problems.add(new Problem("VL003", "unknown field '" + e.key() + "' in " + path(path) + hint,
                        at(e.keyPos(), join(path, e.key()))));
            }
        }
        return f;
    }

    static String path(String p) {
        return p.isEmpty() ? "the top level" : p;
    }

    static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static Loc at(YNode.Pos pos, String path) {
        return new Loc(pos.file(), pos.line(), pos.column(), path);
    }

    static Loc at(YNode node, String path) {
        return at(node.pos(), path);
    }

    /** True when a required field of this object was missing or malformed: the object is dropped. */
    boolean broken() {
        return broken;
    }

    void markBroken() {
        broken = true;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    YNode node(String key) {
        Entry e = map.entries().get(key);
        return e == null ? null : e.value();
    }

    /** Where a field is written: its key. Falls back to the object itself for absent fields. */
    Loc fieldLoc(String key) {
        Entry e = map.entries().get(key);
        return e == null ? loc : at(e.keyPos(), join(path, key));
    }

    String childPath(String key) {
        return join(path, key);
    }

    void problem(String rule, String message, Loc at) {
        problems.add(new Problem(rule, message, at));
    }

    private void schema(String key, String message) {
        problems.add(new Problem("VL002", message, fieldLoc(key)));
    }

    private YNode required(String key, boolean required) {
        YNode n = node(key);
        if (n == null || (n instanceof YScalar s && s.kind() == YScalar.Kind.NULL)) {
            if (required) {
                problems.add(new Problem("VL002", path(path) + " lacks required field '" + key + "'", loc));
                broken = true;
            }
            return null;
        }
        return n;
    }

    String string(String key, boolean required) {
        YNode n = required(key, required);
        if (n == null) return null;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        schema(key, "'" + key + "' must be a string, not " + YNode.typeName(n)
                + (n instanceof YScalar s && s.kind() == YScalar.Kind.INT ? " (quote it: \"" + s.text() + "\")" : ""));
        if (required) broken = true;
        return null;
    }

    Boolean bool(String key) {
        YNode n = required(key, false);
        if (n == null) return null;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.BOOL) return Boolean.valueOf(s.text());
        schema(key, "'" + key + "' must be true or false, not " + describe(n));
        return null;
    }

    boolean bool(String key, boolean dflt) {
        Boolean b = bool(key);
        return b == null ? dflt : b;
    }

    Long integer(String key, boolean required, long min, long max) {
        YNode n = required(key, required);
        if (n == null) return null;
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.INT) {
            try {
                long v = Long.parseLong(s.text());
                if (v >= min && v <= max) return v;
            } catch (NumberFormatException ignored) {
                // out of long range: reported below like any out-of-range number
            }
            schema(key, "'" + key + "' must be between " + min + " and " + max + ", not " + s.text());
        } else {
            schema(key, "'" + key + "' must be a whole number, not " + describe(n));
        }
        if (required) broken = true;
        return null;
    }

    /** An enum value spelled as one of `words`; returns its index, or -1. */
    int choice(String key, boolean required, List<String> words) {
        String s = string(key, required);
        if (s == null) return -1;
        int i = words.indexOf(s);
        if (i < 0) {
            String near = Suggest.nearest(s, Set.copyOf(words));
            schema(key, "'" + key + "' must be one of " + String.join(", ", words) + ", not '" + s + "'"
                    + (near == null ? "" : "; did you mean '" + near + "'?"));
            if (required) broken = true;
        }
        return i;
    }

    /** A list field; a single scalar where a list is expected is reported, not silently wrapped. */
    List<YNode> list(String key, boolean required) {
        YNode n = required(key, required);
        if (n == null) return List.of();
        if (n instanceof YList l) return l.items();
        schema(key, "'" + key + "' must be a list, not " + YNode.typeName(n));
        if (required) broken = true;
        return List.of();
    }

    /** Entries of a mapping keyed by name; bad names are reported and skipped. */
    List<Entry> named(String key) {
        YNode n = required(key, false);
        if (n == null) return List.of();
        if (!(n instanceof YMap m)) {
            schema(key, "'" + key + "' must be a mapping of names, not " + YNode.typeName(n));
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : m.entries().values()) {
            if (!Names.isValid(e.key())) {
                problems.add(new Problem("VL002", "name '" + e.key() + "' must match [A-Za-z0-9][A-Za-z0-9._-]*",
                        at(e.keyPos(), join(childPath(key), e.key()))));
                continue;
            }
            out.add(e);
        }
        return out;
    }

    Cidr cidr(String key, boolean required) {
        YNode n = required(key, required);
        if (n == null) return null;
        Cidr c = cidrValue(n, fieldLoc(key), problems);
        if (c == null && required) broken = true;
        return c;
    }

    static Cidr cidrValue(YNode n, Loc at, List<Problem> problems) {
        if (!(n instanceof YScalar s) || s.kind() != YScalar.Kind.STRING) {
            problems.add(new Problem("VL002", "expected a CIDR, not " + describe(n), at));
            return null;
        }
        try {
            return Cidr.parse(s.text());
        } catch (CidrFormatException e) {
            problems.add(new Problem("VL002", "bad CIDR '" + s.text() + "': " + e.getMessage(), at));
            return null;
        }
    }

    /** A scalar list item as a string, or null after a problem. */
    static String stringItem(YNode n, Loc at, List<Problem> problems) {
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.STRING) return s.text();
        problems.add(new Problem("VL002", "expected a string, not " + describe(n), at));
        return null;
    }

    static String describe(YNode n) {
        if (n instanceof YScalar s && s.kind() != YScalar.Kind.NULL) return YNode.typeName(n) + " '" + s.text() + "'";
        return YNode.typeName(n);
    }

    Map<String, Entry> entries() {
        return map.entries();
    }
}
