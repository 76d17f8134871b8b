package dev.vpclint.engine;

import dev.vpclint.net.Network;
import dev.vpclint.model.Problem;
import dev.vpclint.model.Loc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a rule sees: the network (null for input rules), the service catalogue, and where to report. */
public final class RuleContext {
    private final Network network;
    private final ServiceCatalog catalog;
    private final List<Problem> inputProblems;
    private final RuleInfo info;
    private final List<Finding> sink;

    RuleContext(Network network, ServiceCatalog catalog, List<Problem> inputProblems, RuleInfo info, List<Finding> sink) {
        this.network = network;
        this.catalog = catalog;
        this.inputProblems = inputProblems;
        this.info = info;
        this.sink = sink;
    }

    public Network network() {
        return network;
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    /** The loader's problems raised under this rule's id (input rules only). */
    public List<Problem> inputProblems() {
        List<Problem> out = new ArrayList<>();
        for (Problem p : inputProblems) {
            if (p.ruleId().equals(info.id())) out.add(p);
        }
        return out;
    }

    /** Reports at `loc`, with the other objects involved as related locations. */
    public void report(String message, Loc loc, Loc... related) {
        report(message, loc, Arrays.asList(related));
    }

    public void report(String message, Loc loc, List<Loc> related) {
        List<Loc> rel = new ArrayList<>();
        for (Loc r : related) {
            if (r != null && !r.equals(loc) && !rel.contains(r)) rel.add(r);
        }
        sink.add(new Finding(info.id(), info.name(), info.severity(), message, loc, rel, false, List.of()));
    }

    /** Reports a path finding: the hops of the path go to SARIF code flows and JSON `flow`. */
    public void reportPath(String message, Loc loc, List<Loc> related, List<FlowStep> flow) {
        int before = sink.size();
        report(message, loc, related);
        Finding f = sink.get(before);
        sink.set(before, new Finding(f.ruleId(), f.ruleName(), f.severity(), f.message(), f.loc(), f.related(), false, flow));
    }

    /** Reports with a severity other than the rule's default (a rule with a graded condition). */
    public void report(Severity severity, String message, Loc loc, Loc... related) {
        int before = sink.size();
        report(message, loc, related);
        sink.set(before, sink.get(before).withSeverity(severity));
    }
}
