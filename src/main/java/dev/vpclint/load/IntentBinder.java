package dev.vpclint.load;

import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrFormatException;
import dev.vpclint.model.Intent;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.PortRange;
import dev.vpclint.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Binds `intents`, the declared flows the path engine checks. */
final class IntentBinder {
    private static final Set<String> INTENT = Set.of("name", "from", "to", "expect", "protocol", "port");
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final Pattern END = Pattern.compile("(vpc|onprem)/(" + NAME + ")|subnet/(" + NAME + ")/(" + NAME + ")|service/(.+)");

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
            if (f.broken() || from == null || to == null || expect < 0 || ports == null) continue;
            out.add(new Intent(name, f.loc, from, to, expect == 0, protocol < 0 ? Protocol.TCP : Protocol.values()[protocol], ports));
        }
        return out;
    }

    private IntentEnd end(Fields f, String key) {
        String text = f.string(key, true);
        if (text == null) return null;
        Loc at = f.fieldLoc(key);
        if (text.equals("internet")) return new IntentEnd(IntentEnd.Kind.INTERNET, null, null, null, at);
        Matcher m = END.matcher(text);
        if (m.matches()) {
            if (m.group(1) != null) {
                IntentEnd.Kind kind = m.group(1).equals("vpc") ? IntentEnd.Kind.VPC : IntentEnd.Kind.ONPREM;
                return new IntentEnd(kind, m.group(2), null, null, at);
            }
            if (m.group(3) != null) return new IntentEnd(IntentEnd.Kind.SUBNET, m.group(3), m.group(4), null, at);
            return new IntentEnd(IntentEnd.Kind.SERVICE, m.group(5), null, null, at);
        }
        try {
            return new IntentEnd(IntentEnd.Kind.ADDRESS, null, null, Cidr.parseAddressOrCidr(text), at);
        } catch (CidrFormatException e) {
            f.problem("VL002", "intent '" + key + "' must be vpc/NAME, subnet/VPC/NAME, onprem/NAME, service/NAME, internet or an address ("
                    + e.getMessage() + ")", at);
            f.markBroken();
            return null;
        }
    }
}
