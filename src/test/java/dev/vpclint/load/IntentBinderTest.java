package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpclint.model.Intent;
import dev.vpclint.model.Problem;
import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;
import dev.vpclint.model.PathRef;
import dev.vpclint.model.ServiceRef;
import dev.vpclint.model.Topology;
import dev.vpclint.testing.Lint;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Intent ends and `through` items: the grammar (VL002), the names they use (VL005), where each is written. */
class IntentBinderTest {
    /** 27 lines: the intents written by each test start at line 28. */
    private static final String NETWORK = """
            vpclint: 1
            defaults: {region: us-east-1, account: "111111111111"}
            vpcs:
              app:
                cidrs: [10.0.0.0/16]
                subnets:
                  app-a: {cidr: 10.0.1.0/24, az: use1-az1}
                  app-b: {cidr: 10.0.2.0/24, az: use1-az2}
                nat_gateways:
                  nat-a: {subnet: app-a}
                network_interfaces:
                  firewall: {subnet: app-a}
                endpoints:
                  kms: {type: interface, service: kms, subnets: [app-a]}
              shared:
                cidrs: [10.1.0.0/16]
                subnets:
                  lb-a: {cidr: 10.1.1.0/24, az: use1-az1}
            peerings:
              app-shared: {requester: app, accepter: shared}
            transit_gateways:
              core: {}
            onprem:
              dc1: {cidrs: [192.168.0.0/16]}
            endpoint_services:
              ledger: {vpc: shared, load_balancer: {subnets: [lb-a]}}
            intents:
            """;

    private static LoadResult load(String intents) {
        return Lint.load(NETWORK + intents);
    }

    /** One line per problem, in file order: `line:column RULE message`. */
    private static String problems(LoadResult r) {
        return r.problems().stream().sorted(Comparator.comparing(Problem::loc))
                .map(p -> p.loc().line() + ":" + p.loc().column() + " " + p.ruleId() + " " + p.message())
                .collect(Collectors.joining("\n"));
    }

    private static List<Intent> intents(LoadResult r) {
        return r.topologies().get(0).topology().intents();
    }

    private static void at(Loc loc, int line, int column, String path) {
        assertEquals("net.yaml:" + line + ":" + column + " " + path, loc + " " + loc.path());
    }

    @Test
    void everyEndFormIsAccepted() {
        LoadResult r = load("""
                  - {from: vpc/app, to: subnet/app/app-a, expect: reachable}
                  - {from: eni/app/firewall, to: vpce/app/kms, expect: reachable}
                  - {from: onprem/dc1, to: internet, expect: isolated}
                  - {from: 10.0.1.5, to: "2600:1f18::/32", expect: reachable}
                  - {from: 192.168.0.0/16, to: service/s3, expect: reachable}
                  - {from: vpc/app, to: service/ecr.api, expect: reachable}
                  - {from: vpc/app, to: service/com.amazonaws.us-west-2.s3, expect: reachable}
                  - {from: vpc/app, to: service/endpoint_service/ledger, expect: reachable}
                """);
        assertEquals("", problems(r));
        List<Intent> in = intents(r);
        assertEquals(List.of("vpc/app -> subnet/app/app-a", "eni/app/firewall -> vpce/app/kms", "onprem/dc1 -> internet",
                        "10.0.1.5/32 -> 2600:1f18::/32", "192.168.0.0/16 -> service/s3", "vpc/app -> service/ecr.api",
                        "vpc/app -> service/com.amazonaws.us-west-2.s3", "vpc/app -> service/endpoint_service/ledger"),
                in.stream().map(i -> i.from() + " -> " + i.to()).toList());
        assertEnd(in.get(0).from(), IntentEnd.Kind.VPC, "app", null);
        assertEnd(in.get(0).to(), IntentEnd.Kind.SUBNET, "app", "app-a");
        assertEnd(in.get(1).from(), IntentEnd.Kind.ENI, "app", "firewall");
        assertEnd(in.get(1).to(), IntentEnd.Kind.VPCE, "app", "kms");
        assertEnd(in.get(2).from(), IntentEnd.Kind.ONPREM, "dc1", null);
        assertEnd(in.get(2).to(), IntentEnd.Kind.INTERNET, null, null);
        assertEnd(in.get(3).from(), IntentEnd.Kind.ADDRESS, null, null);
        assertEquals("10.0.1.5/32", in.get(3).from().cidr().toString());
        // AWS services keep their short name in name() (VL301 reads it), the Region in the ServiceRef.
        assertEnd(in.get(4).to(), IntentEnd.Kind.SERVICE, "s3", null);
        assertEquals(new ServiceRef.Aws("s3", null), in.get(4).to().service());
        assertEquals(new ServiceRef.Aws("ecr.api", null), in.get(5).to().service());
        assertEnd(in.get(6).to(), IntentEnd.Kind.SERVICE, "s3", null);
        assertEquals(new ServiceRef.Aws("s3", "us-west-2"), in.get(6).to().service());
        assertEnd(in.get(7).to(), IntentEnd.Kind.SERVICE, "ledger", null);
        assertEquals(new ServiceRef.EndpointServiceRef("ledger"), in.get(7).to().service());
        at(in.get(1).from().loc(), 29, 6, "intents[1].from");
        at(in.get(1).to().loc(), 29, 30, "intents[1].to");
        assertEquals(List.of(), in.get(0).through());
    }

    private static void assertEnd(IntentEnd end, IntentEnd.Kind kind, String name, String subName) {
        assertEquals(kind, end.kind(), end.toString());
        assertEquals(name, end.name(), end.toString());
        assertEquals(subName, end.subName(), end.toString());
    }

    @Test
    void endsNameTheObjectsAThroughItemWould() {
        List<Intent> in = intents(load("""
                  - {from: subnet/app/app-a, to: onprem/dc1, expect: reachable}
                  - {from: vpc/app, to: internet, expect: reachable}
                """));
        assertEquals(new PathRef(PathRef.Kind.SUBNET, "app", "app-a", in.get(0).from().loc()), in.get(0).from().object());
        assertEquals(new PathRef(PathRef.Kind.ONPREM, null, "dc1", in.get(0).to().loc()), in.get(0).to().object());
        assertEquals(new PathRef(PathRef.Kind.VPC, "app", "app", in.get(1).from().loc()), in.get(1).from().object());
        assertNull(in.get(1).to().object());
    }

    @Test
    void malformedEndsListTheAcceptedFormsAndDropTheIntent() {
        String forms = "vpc/NAME, subnet/VPC/NAME, eni/VPC/NAME, vpce/VPC/NAME, onprem/NAME, service/NAME, internet, "
                + "or an IPv4/IPv6 address or CIDR";
        LoadResult r = load("""
                  - {from: subnet/app, to: eni/firewall, expect: reachable}
                  - {from: vpc/, to: service/S3, expect: reachable}
                  - {from: service/anything/else, to: 10.0.1.5/16, expect: reachable}
                  - {from: subnets/app/app-a, to: internt, expect: reachable}
                  - {from: nat/app/nat-a, to: pcx/app-shared, expect: reachable}
                  - {from: "fe80::1::2", to: 443, expect: reachable}
                  - {from: app, to: vpc/app, expect: reachable}
                """);
        assertEquals(String.join("\n",
                "28:6 VL002 intent 'from' must be " + forms + ", not 'subnet/app': subnet/ takes a VPC and a name: subnet/VPC/NAME",
                "28:24 VL002 intent 'to' must be " + forms + ", not 'eni/firewall': eni/ takes a VPC and a name: eni/VPC/NAME",
                "29:6 VL002 intent 'from' must be " + forms + ", not 'vpc/': vpc/ takes one name: vpc/NAME",
                "29:18 VL002 intent 'to' must be " + forms + ", not 'service/S3': service 'S3' must be an AWS short name "
                        + "(s3, ecr.api), com.amazonaws.REGION.NAME, or endpoint_service/NAME",
                "30:6 VL002 intent 'from' must be " + forms + ", not 'service/anything/else': service 'anything/else' must be "
                        + "an AWS short name (s3, ecr.api), com.amazonaws.REGION.NAME, or endpoint_service/NAME",
                "30:35 VL002 intent 'to' must be " + forms + ", not '10.0.1.5/16': " + addressError("10.0.1.5/16"),
                "31:6 VL002 intent 'from' must be " + forms + ", not 'subnets/app/app-a'; did you mean 'subnet/'?",
                "31:31 VL002 intent 'to' must be " + forms + ", not 'internt'; did you mean 'internet'?",
                "32:6 VL002 intent 'from' must be " + forms + ", not 'nat/app/nat-a': nat/ is not accepted here",
                "32:27 VL002 intent 'to' must be " + forms + ", not 'pcx/app-shared': pcx/ is not accepted here",
                "33:6 VL002 intent 'from' must be " + forms + ", not 'fe80::1::2': " + addressError("fe80::1::2"),
                "33:26 VL002 'to' must be a string, not an integer (quote it: \"443\")",
                "34:6 VL002 intent 'from' must be " + forms + ", not 'app'"), problems(r));
        assertEquals(List.of(), intents(r));
    }

    private static String addressError(String text) {
        try {
            dev.vpclint.model.Cidr.parseAddressOrCidr(text);
            return "parsed";
        } catch (dev.vpclint.model.CidrFormatException e) {
            return e.getMessage();
        }
    }

    @Test
    void hostBitsInAnAddressEndAreNamed() {
        assertEquals("10.0.1.5/16 has host bits set; the network is 10.0.0.0/16", addressError("10.0.1.5/16"));
    }

    @Test
    void danglingNamesInEndsAreVl005WithASuggestion() {
        LoadResult r = load("""
                  - {from: vpc/ap, to: subnet/app/app-c, expect: reachable}
                  - {from: subnet/apps/app-a, to: eni/app/firewal, expect: reachable}
                  - {from: vpce/app/kmss, to: onprem/dc2, expect: reachable}
                  - {from: vpce/shared/kms, to: service/endpoint_service/ledgr, expect: reachable}
                  - {from: vpc/app, to: service/no-such-aws-service, expect: reachable}
                """);
        assertEquals(String.join("\n",
                "28:6 VL005 VPC 'ap' does not exist in vpcs; did you mean 'app'?",
                "28:20 VL005 subnet 'app-c' does not exist in VPC app; did you mean 'app-a'?",
                "29:6 VL005 VPC 'apps' does not exist in vpcs; did you mean 'app'?",
                "29:31 VL005 network interface 'firewal' does not exist in VPC app; did you mean 'firewall'?",
                "30:6 VL005 endpoint 'kmss' does not exist in VPC app; did you mean 'kms'?",
                "30:27 VL005 on-prem site 'dc2' does not exist in onprem; did you mean 'dc1'?",
                "31:6 VL005 endpoint 'kms' does not exist in VPC shared",
                "31:29 VL005 endpoint service 'ledgr' does not exist in endpoint_services; did you mean 'ledger'?"),
                problems(r));
        assertEquals(5, intents(r).size(), "a dangling name is not a malformed intent");
    }

    @Test
    void endsNamingADroppedObjectAreNotReportedAgain() {
        LoadResult r = Lint.load("""
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.0.0.0/16]
                    subnets:
                      app-a: {cidr: 10.0.1.0/24}
                    network_interfaces:
                      firewall: {security_groups: []}
                intents:
                  - {from: subnet/app/app-a, to: eni/app/firewall, expect: reachable, through: [eni/app/firewall]}
                """);
        assertEquals(String.join("\n",
                "6:7 VL002 vpcs.app.subnets.app-a lacks required field 'az'",
                "8:7 VL002 vpcs.app.network_interfaces.firewall lacks required field 'subnet'"), problems(r));
    }

    @Test
    void throughListsTheObjectsThePathMustCrossEachAtItsItem() {
        LoadResult r = load("""
                  - from: subnet/app/app-a
                    to: onprem/dc1
                    expect: reachable
                    through:
                      - vpc/app
                      - subnet/app/app-b
                      - eni/app/firewall
                      - vpce/app/kms
                      - nat/app/nat-a
                  - {from: vpc/app, to: vpc/shared, expect: reachable, through: [pcx/app-shared, tgw/core, onprem/dc1]}
                  - {from: vpc/app, to: vpc/shared, expect: reachable, through: []}
                """);
        assertEquals("", problems(r));
        List<Intent> in = intents(r);
        assertEquals(List.of("vpc/app", "subnet/app/app-b", "eni/app/firewall", "vpce/app/kms", "nat/app/nat-a"),
                in.get(0).through().stream().map(PathRef::toString).toList());
        List<PathRef> first = in.get(0).through();
        assertEquals(List.of(PathRef.Kind.VPC, PathRef.Kind.SUBNET, PathRef.Kind.ENI, PathRef.Kind.VPCE, PathRef.Kind.NAT),
                first.stream().map(PathRef::kind).toList());
        assertEquals(List.of("app", "app", "app", "app", "app"), first.stream().map(PathRef::vpc).toList());
        assertEquals(List.of("app", "app-b", "firewall", "kms", "nat-a"), first.stream().map(PathRef::name).toList());
        at(first.get(0).loc(), 32, 9, "intents[0].through[0]");
        at(first.get(4).loc(), 36, 9, "intents[0].through[4]");
        List<PathRef> second = in.get(1).through();
        assertEquals(List.of("pcx/app-shared", "tgw/core", "onprem/dc1"), second.stream().map(PathRef::toString).toList());
        assertEquals(List.of(PathRef.Kind.PCX, PathRef.Kind.TGW, PathRef.Kind.ONPREM), second.stream().map(PathRef::kind).toList());
        assertEquals(java.util.Arrays.asList(null, null, null), second.stream().map(PathRef::vpc).toList());
        at(second.get(1).loc(), 37, 82, "intents[1].through[1]");
        assertEquals(List.of(), in.get(2).through());
    }

    @Test
    void danglingThroughItemsAreVl005WithASuggestion() {
        LoadResult r = load("""
                  - from: vpc/app
                    to: internet
                    expect: reachable
                    through:
                      - vpc/shard
                      - subnet/app/app-c
                      - eni/shared/firewall
                      - vpce/app/kmz
                      - nat/app/nat-b
                      - nat/nope/nat-a
                      - pcx/app-shard
                      - tgw/cor
                      - onprem/dc
                """);
        assertEquals(String.join("\n",
                "32:9 VL005 VPC 'shard' does not exist in vpcs; did you mean 'shared'?",
                "33:9 VL005 subnet 'app-c' does not exist in VPC app; did you mean 'app-a'?",
                "34:9 VL005 network interface 'firewall' does not exist in VPC shared",
                "35:9 VL005 endpoint 'kmz' does not exist in VPC app; did you mean 'kms'?",
                "36:9 VL005 NAT gateway 'nat-b' does not exist in VPC app; did you mean 'nat-a'?",
                "37:9 VL005 VPC 'nope' does not exist in vpcs",
                "38:9 VL005 peering 'app-shard' does not exist in peerings; did you mean 'app-shared'?",
                "39:9 VL005 transit gateway 'cor' does not exist in transit_gateways; did you mean 'core'?",
                "40:9 VL005 on-prem site 'dc' does not exist in onprem; did you mean 'dc1'?"), problems(r));
        assertEquals(9, intents(r).get(0).through().size());
    }

    @Test
    void malformedThroughItemsAreVl002AndDropTheIntent() {
        String forms = "vpc/NAME, subnet/VPC/NAME, eni/VPC/NAME, vpce/VPC/NAME, nat/VPC/NAME, pcx/NAME, tgw/NAME or onprem/NAME";
        LoadResult r = load("""
                  - from: vpc/app
                    to: internet
                    expect: reachable
                    through: [igw, nat/nat-a, 10.0.0.0/8, 7, internet, service/s3, pcx/a/b]
                  - {from: vpc/app, to: internet, expect: reachable, through: tgw/core}
                """);
        assertEquals(String.join("\n",
                "31:15 VL002 'through' items must be " + forms + ", not 'igw'",
                "31:20 VL002 'through' items must be " + forms + ", not 'nat/nat-a': nat/ takes a VPC and a name: nat/VPC/NAME",
                "31:31 VL002 'through' items must be " + forms + ", not '10.0.0.0/8'",
                "31:43 VL002 expected a string, not an integer '7'",
                "31:46 VL002 'through' items must be " + forms + ", not 'internet'",
                "31:56 VL002 'through' items must be " + forms + ", not 'service/s3'",
                "31:68 VL002 'through' items must be " + forms + ", not 'pcx/a/b': pcx/ takes one name: pcx/NAME",
                "32:54 VL002 'through' must be a list, not a string"), problems(r));
        assertEquals(List.of(), intents(r));
    }

    @Test
    void throughOnAnIsolatedIntentIsVl002AndIgnored() {
        LoadResult r = load("""
                  - {from: vpc/app, to: internet, expect: isolated, through: [nat/app/nat-a]}
                """);
        assertEquals("28:53 VL002 'through' applies to reachable intents; an isolated intent has no path to cross", problems(r));
        assertEquals(1, intents(r).size(), "the isolation is still checked");
        assertEquals(List.of(), intents(r).get(0).through());
    }

    @Test
    void publicAddressesOfSubnetsAndInterfacesAreReadAndDefaultToFalse() {
        LoadResult r = Lint.load("""
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.0.0.0/16]
                    subnets:
                      public-a: {cidr: 10.0.0.0/24, az: use1-az1, map_public_ip: true}
                      private-a: {cidr: 10.0.1.0/24, az: use1-az1}
                    network_interfaces:
                      proxy: {subnet: public-a, public_ip: true}
                      firewall: {subnet: private-a}
                """);
        assertEquals("", problems(r));
        Topology t = r.topologies().get(0).topology();
        assertEquals(true, t.vpcs().get("app").subnets().get("public-a").mapPublicIp());
        assertEquals(false, t.vpcs().get("app").subnets().get("private-a").mapPublicIp());
        assertEquals(true, t.vpcs().get("app").networkInterfaces().get("proxy").publicIp());
        assertEquals(false, t.vpcs().get("app").networkInterfaces().get("firewall").publicIp());
    }

    @Test
    void publicAddressFlagsMustBeBooleans() {
        LoadResult r = Lint.load("""
                vpclint: 1
                vpcs:
                  app:
                    cidrs: [10.0.0.0/16]
                    subnets:
                      public-a: {cidr: 10.0.0.0/24, az: use1-az1, map_public_ip: "yes"}
                    network_interfaces:
                      proxy: {subnet: public-a, public_ip: 1}
                """);
        assertEquals(String.join("\n",
                "6:51 VL002 'map_public_ip' must be true or false, not a string 'yes'",
                "8:33 VL002 'public_ip' must be true or false, not an integer '1'"), problems(r));
        Topology t = r.topologies().get(0).topology();
        assertEquals(false, t.vpcs().get("app").subnets().get("public-a").mapPublicIp(), "a wrong type keeps the default");
        assertEquals(false, t.vpcs().get("app").networkInterfaces().get("proxy").publicIp());
    }
}
