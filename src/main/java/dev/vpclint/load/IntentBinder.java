package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.load.YNode.YList;
import dev.vpclint.model.Intent;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.PathRef;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Binds `intents`, the declared flows the path engine checks. Ends and `through` items use the
 * grammars of {@link RefSyntax}; whether the names they use exist is {@link References}' business.
 */
final class IntentBinder {
    private static final Set<String> INTENT = Set.of("name", "from", "to", "expect", "protocol", "port", "through");

    private final List<Problem> problems;

    IntentBinder(List<Problem> problems) {
        this.problems = problems;
    }

    List<Intent> bind(Fields top) {
        List<Intent> out = new ArrayList<>();
        List<YNode> items = top.list("intents", false);
        for (int i = 0; i < items.size(); i++) {
            String path = "intents[" + i + "]";
            Fields f = Fields.of(items.get(i), path, Fields.at(items.get(i), path), INTENT, problems);
            if (f == null) continue;
            String name = f.string("name", false);
            IntentEnd from = end(f, "from");
            IntentEnd to = end(f, "to");
            int expect = f.choice("expect", true, List.of("reachable", "isolated"));
            int protocol = f.choice("protocol", false, List.of("tcp", "udp", "icmp", "icmpv6", "all"));
            PortRange ports = new BindSupport(problems).ports(f, "port");
            List<PathRef> through = through(f, expect);
            if (f.broken() || from == null || to == null || expect < 0 || ports == null || through == null) continue;
            out.add(new Intent(name, f.loc, from, to, expect == 0, protocol < 0 ? Protocol.TCP : Protocol.values()[protocol],
                    ports, through));
        }
        return out;
    }

    private IntentEnd end(Fields f, String key) {
        String text = f.string(key, true);
        if (text == null) return null;
        Loc at = f.fieldLoc(key);
        RefSyntax syntax = new RefSyntax();
        IntentEnd end = syntax.intentEnd(text, at);
        if (end == null) {
            f.problem("VL002", "intent '" + key + "' must be " + RefSyntax.END_FORMS + ", not '" + text + "'" + detail(syntax), at);
            f.markBroken();
        }
        return end;
    }

    /**
     * The `through` list, empty when absent. A malformed item drops the intent (null): checking it
     * without that item would test a weaker flow than the one declared. On an isolated intent the
     * list has no meaning; it is reported and ignored, and the isolation is still checked.
     */
    private List<PathRef> through(Fields f, int expect) {
        YNode node = f.node("through");
        if (node == null || node instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.NULL) return List.of();
        if (!(node instanceof YList)) {
            f.list("through", false); // reports the wrong type
            return null;
        }
        if (expect == 1) {
            f.problem("VL002", "'through' applies to reachable intents; an isolated intent has no path to cross",
                    f.fieldLoc("through"));
            return List.of();
        }
        List<PathRef> out = new ArrayList<>();
        boolean bad = false;
        List<YNode> items = f.list("through", false);
        for (int i = 0; i < items.size(); i++) {
            Loc at = Fields.at(items.get(i), f.childPath("through") + "[" + i + "]");
            String text = Fields.stringItem(items.get(i), at, problems);
            if (text == null) {
                bad = true;
                continue;
            }
            RefSyntax syntax = new RefSyntax();
            PathRef ref = syntax.pathRef(text, at, RefSyntax.THROUGH_OBJECTS, List.of());
            if (ref == null) {
                f.problem("VL002", "'through' items must be " + RefSyntax.THROUGH_FORMS + ", not '" + text + "'" + detail(syntax), at);
                bad = true;
            } else {
                out.add(ref);
            }
        }
        return bad ? null : out;
    }

    private static String detail(RefSyntax syntax) {
        if (syntax.error == null || syntax.error.isEmpty()) return "";
        return (syntax.error.startsWith("did you mean") ? "; " : ": ") + syntax.error;
    }
}
