package dev.vpclint.load;

import dev.vpclint.model.Problem;
import dev.vpclint.load.YNode.Entry;
import dev.vpclint.model.Endpoint;
import dev.vpclint.model.EndpointType;
import dev.vpclint.model.IpAddressType;
import dev.vpclint.model.Loc;
import dev.vpclint.model.Ref;
import dev.vpclint.model.ServiceRef;
import java.util.List;
import java.util.Set;

/** Binds `vpcs.V.endpoints.NAME`. */
final class EndpointBinder {
    private static final Set<String> ENDPOINT = Set.of("type", "service", "region", "route_tables", "subnets",
            "security_groups", "private_dns", "ip_address_type", "policy");
    private static final List<String> TYPES = List.of("gateway", "interface", "gateway_load_balancer");
    private static final List<String> IP_TYPES = List.of("ipv4", "dualstack", "ipv6");

    private final List<Problem> problems;
    private final BindSupport support;

    EndpointBinder(List<Problem> problems, BindSupport support) {
        this.problems = problems;
        this.support = support;
    }

    Endpoint bind(Entry e, String path, String vpc) {
        Fields f = Fields.of(e.value(), path, Fields.at(e.keyPos(), path), ENDPOINT, problems);
        if (f == null) return null;
        int type = f.choice("type", true, TYPES);
        ServiceRef service = support.parsed(f, "service", RefSyntax::service);
        String region = f.string("region", false);
        if (region == null && service instanceof ServiceRef.Aws aws) region = aws.region();
        List<Ref> tables = support.refList(f, "route_tables");
        List<Ref> subnets = support.refList(f, "subnets");
        List<Ref> groups = support.refList(f, "security_groups");
        Boolean privateDns = f.bool("private_dns");
        int ipType = f.choice("ip_address_type", false, IP_TYPES);
        Object policy = f.has("policy") ? Plain.of(f.node("policy")) : null;
        if (f.broken() || type < 0) return null;
        EndpointType endpointType = EndpointType.values()[type];
        Loc regionLoc = f.has("region") ? f.fieldLoc("region") : f.fieldLoc("service");
        return new Endpoint(e.key(), vpc, f.loc, endpointType, f.fieldLoc("type"), service, f.fieldLoc("service"), region,
                regionLoc, tables, subnets, groups, f.has("security_groups"), privateDns,
                f.fieldLoc("private_dns"), ipType < 0 ? null : IpAddressType.values()[ipType],
                f.fieldLoc("ip_address_type"), policy, f.fieldLoc("policy"));
    }
}
