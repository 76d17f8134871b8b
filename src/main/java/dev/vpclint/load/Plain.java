package dev.vpclint.load;

import dev.vpclint.load.YNode.YList;
import dev.vpclint.load.YNode.YMap;
import dev.vpclint.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Free-form YAML (an IAM policy) as read-only plain maps, lists, strings, numbers and booleans. A
 * subtree reached through several aliases becomes one shared object, as it is one node in the
 * tree: copying it per alias turned a 1 KB alias bomb into a gigabyte.
 */
final class Plain {
    private final Map<YNode, Object> converted = new IdentityHashMap<>();

    private Plain() {
    }

    static Object of(YNode n) {
        return new Plain().convert(n);
    }

    private Object convert(YNode n) {
        if (n instanceof YScalar s) return scalar(s);
        Object done = converted.get(n);
        if (done != null) return done;
        Object out;
        if (n instanceof YMap m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> map.put(k, convert(e.value())));
            out = Collections.unmodifiableMap(map);
        } else {
            List<Object> list = new ArrayList<>();
            ((YList) n).items().forEach(i -> list.add(convert(i)));
            out = Collections.unmodifiableList(list);
        }
        converted.put(n, out);
        return out;
    }

    private static Object scalar(YScalar s) {
        return switch (s.kind()) {
            case NULL -> null;
            case BOOL -> Boolean.valueOf(s.text());
            case INT, FLOAT -> number(s.text());
            case STRING -> s.text();
        };
    }

    /** YAML also writes numbers as 0x1F or .inf; those stay text rather than fail. */
    private static Object number(String text) {
        try {
            return new java.math.BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
