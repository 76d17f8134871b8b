package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.load.YNode.YScalar;
import dev.vpclint.model.Cidr;
import dev.vpclint.model.Destination;
import dev.vpclint.model.LocatedCidr;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Names;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import dev.vpclint.model.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Field readers shared by the binders: references, CIDR lists, protocols and ports. */
final class BindSupport {
    private final List<Problem> problems;

    BindSupport(List<Problem> problems) {
        this.problems = problems;
    }

    /** A reference by plain name (a subnet, a route table, a VPC...). */
    Ref ref(Fields f, String key, boolean required) {
        String name = f.string(key, required);
        if (name == null) return null;
        if (!Names.isValid(name)) {
            f.problem("VL002", "'" + key + "' must be a name ([A-Za-z0-9][A-Za-z0-9._-]*), not '" + name + "'", f.fieldLoc(key));
            if (required) f.markBroken();
            return null;
        }
        return new Ref(name, f.fieldLoc(key));
    }

    List<Ref> refList(Fields f, String key) {
        List<Ref> out = new ArrayList<>();
        List<YNode> items = f.list(key, false);
        for (int i = 0; i < items.size(); i++) {
            Loc at = Fields.at(items.get(i), f.childPath(key) + "[" + i + "]");
            String name = Fields.stringItem(items.get(i), at, problems);
            if (name == null) continue;
            if (!Names.isValid(name)) {
                problems.add(new Problem("VL002", "'" + name + "' is not a valid name", at));
                continue;
            }
            out.add(new Ref(name, at));
        }
        return out;
    }

    /** Bad items are reported and left out; the object stays, so mistakes further in still show. */
    List<LocatedCidr> cidrList(Fields f, String key, boolean required) {
        List<LocatedCidr> out = new ArrayList<>();
        List<YNode> items = f.list(key, required);
        for (int i = 0; i < items.size(); i++) {
            Loc at = Fields.at(items.get(i), f.childPath(key) + "[" + i + "]");
            Cidr c = Fields.cidrValue(items.get(i), at, problems);
            if (c != null) out.add(new LocatedCidr(c, at));
        }
        return out;
    }

    /** Parses a string field with one of {@link RefSyntax}'s grammars; the field is required. */
    <T> T parsed(Fields f, String key, BiFunction<RefSyntax, String, T> grammar) {
        String text = f.string(key, true);
        if (text == null) return null;
        RefSyntax syntax = new RefSyntax();
        T value = grammar.apply(syntax, text);
        if (value == null) {
            f.problem("VL002", syntax.error, f.fieldLoc(key));
            f.markBroken();
        }
        return value;
    }

    Destination destination(Fields f, String key) {
        return parsed(f, key, RefSyntax::destination);
    }

    /** `protocol` defaults to all, as an omitted protocol does in the format. */
    Protocol protocol(Fields f) {
        if (!f.has("protocol")) return Protocol.ALL;
        YNode n = f.node("protocol");
        if (n instanceof YScalar s && s.kind() == YScalar.Kind.INT) {
            // Numbers are what the AWS API takes ("-1", "6"); the format wants words.
            f.problem("VL002", "'protocol' must be tcp, udp, icmp, icmpv6 or all, not the number " + s.text(), f.fieldLoc("protocol"));
            return null;
        }
        int i = f.choice("protocol", false, List.of("tcp", "udp", "icmp", "icmpv6", "all"));
        return i < 0 ? null : Protocol.values()[i];
    }

    /** A port or a range; intents call the field `port`, rules `ports`. */
    PortRange ports(Fields f, String key) {
        YNode n = f.node(key);
        if (n == null) return PortRange.ALL;
        if (!(n instanceof YScalar s) || (s.kind() != YScalar.Kind.INT && s.kind() != YScalar.Kind.STRING)) {
            f.problem("VL002", "'" + key + "' must be a port (443) or a range (\"1024-65535\"), not " + YNode.typeName(n), f.fieldLoc(key));
            return null;
        }
        try {
            return PortRange.parse(s.kind() == YScalar.Kind.INT ? (Object) Integer.valueOf(parseIntOr(s.text())) : s.text());
        } catch (IllegalArgumentException e) {
            f.problem("VL002", "bad port range '" + s.text() + "': " + e.getMessage(), f.fieldLoc(key));
            return null;
        }
    }

    private static int parseIntOr(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
