package dev.vpclint.rules;

import dev.vpclint.engine.Rule;
import dev.vpclint.engine.RuleContext;
import dev.vpclint.engine.RuleInfo;
import dev.vpclint.engine.Severity;
import dev.vpclint.model.Suggest;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Vpc;
import java.util.HashMap;
import java.util.Map;

/** Warns on an AWS service name the shipped catalogue does not know ("AWS services that integrate with AWS PrivateLink"). */
@RuleInfo(id = "VL412", name = "unknown-service", severity = Severity.WARNING,
        summary = "An endpoint names an AWS service the service catalogue does not know")
public final class UnknownService implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> suggestions = new HashMap<>();  // one edit-distance search per unknown name, not per endpoint
        for (Vpc vpc : ctx.network().topology().vpcs().values()) {
            for (Endpoint e : vpc.endpoints().values()) {
                if (!(e.service() instanceof ServiceRef.Aws aws) || ctx.catalog().get(aws.name()) != null) continue;
                if (!suggestions.containsKey(aws.name())) {
                    suggestions.put(aws.name(), Suggest.nearest(aws.name(), ctx.catalog().services().keySet()));
                }
                String near = suggestions.get(aws.name());
                ctx.report("endpoint " + e.name() + " in VPC " + vpc.name() + " names AWS service '" + aws.name()
                        + "', which vpclint's service catalogue does not know"
                        + (near == null ? "" : " (did you mean '" + near + "'?)")
                        + "; rules that need the service's facts skip it. If the name is right, the catalogue lags AWS: "
                        + "silence this with '# vpclint: ignore VL412 -- reason' on the line or --disable VL412.", e.serviceLoc());
            }
        }
    }
}
