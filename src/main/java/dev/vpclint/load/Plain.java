package dev.vpclint.load;

import dev.vpclint.load.YNode.YList;
import dev.vpclint.load.YNode.YMap;
import dev.vpclint.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free-form YAML (an IAM policy) as plain maps, lists, strings, numbers and booleans. */
final class Plain {
    private Plain() {
    }

    static Object of(YNode n) {
        if (n instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> out.put(k, of(e.value())));
            return out;
        }
        if (n instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(of(i)));
            return out;
        }
        YScalar s = (YScalar) n;
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
