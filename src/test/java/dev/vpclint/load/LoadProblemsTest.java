package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclint.model.Problem;
import dev.vpclint.testing.MemFs;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each input problem lands at its line and column, and loading goes on past a bad element. */
class LoadProblemsTest {

    static String problems(MemFs m, String... paths) throws Exception {
        List<java.nio.file.Path> inputs = java.util.Arrays.stream(paths).map(m.cwd::resolve).toList();
        LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(inputs);
        return r.problems().stream().map(p -> p.loc() + " " + p.ruleId() + " " + p.message())
                .sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void syntaxErrorAtTheParserPosition() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("a.yaml", "vpclint: 1\nvpcs:\n  app:\n    cidrs: [10.0.0.0/16\n  data: {}\n");
            assertEquals("a.yaml:5:7 VL001 expected ',' or ']', but got : (while parsing a flow sequence)",
                    problems(m, "a.yaml").replaceAll("\\s+$", ""));
        }
    }

    @Test
    void mistakesFurtherDownStillShowAfterADuplicateKeyAndABrokenSubnet() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("a.yaml", """
                    vpclint: 1
                    vpcs:
                      app:
                        cidrs: [10.0.0.0/16]
                        subnets:
                          a: {cidr: 10.0.1.0/24, az: use1-az1}
                          a: {cidr: 10.0.2.0/24, az: use1-az1}
                          b: {cidr: 10.0.3.1/24, az: use1-az2}
                          c: {cidr: 10.0.4.0/24, az: use1-az2, route_table: nope}
                      data:
                        cidrz: [10.1.0.0/16]
                    peerings:
                      p: {requester: app, accepter: data, status: actve}
                    """);
            assertEquals(String.join("\n",
                    "a.yaml:10:3 VL002 vpcs.data lacks required field 'cidrs'",
                    "a.yaml:11:5 VL003 unknown field 'cidrz' in vpcs.data; did you mean 'cidrs'?",
                    "a.yaml:13:39 VL002 'status' must be one of active, pending-acceptance, rejected, failed, deleted, not 'actve'; did you mean 'active'?",
                    "a.yaml:7:7 VL004 duplicate key 'a' (first defined at line 6); YAML would silently keep only one",
                    "a.yaml:8:11 VL002 bad CIDR '10.0.3.1/24': 10.0.3.1/24 has host bits set; the network is 10.0.3.0/24",
                    "a.yaml:9:44 VL005 route table 'nope' does not exist in VPC app"), problems(m, "a.yaml"));
        }
    }

    @Test
    void wrongTypesMalformedReferencesAndPorts() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("a.yaml", """
                    vpclint: 1
                    defaults: {region: us-east-1, account: 111111111111}
                    vpcs:
                      app:
                        cidrs: 10.0.0.0/16
                      web:
                        cidrs: [10.1.0.0/16]
                        route_tables:
                          rt:
                            routes:
                              - {destination: 10.2.0.0/16, target: peering/x}
                        security_groups:
                          sg:
                            ingress:
                              - {protocol: tcp, ports: "443-80", source: 10.0.0.0/8}
                              - {protocol: 6, ports: 443, source: sg/}
                    """);
            assertEquals(String.join("\n",
                    "a.yaml:11:40 VL002 route target 'peering/x' must be local, igw, eigw, vgw, blackhole, or nat/, pcx/, tgw/, vpce/, eni/ followed by a name",
                    "a.yaml:15:29 VL002 bad port range '443-80': " + portMessage("443-80"),
                    "a.yaml:16:14 VL002 'protocol' must be tcp, udp, icmp, icmpv6 or all, not the number 6",
                    "a.yaml:16:39 VL002 malformed reference 'sg/': use sg/NAME, sg/VPC/NAME or pl/NAME",
                    "a.yaml:2:31 VL002 'account' must be a string, not an integer (quote it: \"111111111111\")",
                    "a.yaml:5:5 VL002 'cidrs' must be a list, not a string"), problems(m, "a.yaml"));
        }
    }

    private static String portMessage(String text) {
        try {
            dev.vpclint.model.PortRange.parse(text);
            return "parsed";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Test
    void sameNameInTwoIncludedFilesPointsAtBoth() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net/root.yaml", "vpclint: 1\ninclude: [teams/app.yaml, teams/data.yaml]\n");
            m.write("net/teams/app.yaml", "vpcs:\n  app: {cidrs: [10.0.0.0/16]}\n");
            m.write("net/teams/data.yaml", "vpcs:\n  data: {cidrs: [10.1.0.0/16]}\n  app: {cidrs: [10.2.0.0/16]}\n");
            LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd.resolve("net")));
            assertEquals(1, r.problems().size(), r.problems().toString());
            Problem p = r.problems().get(0);
            assertEquals("net/teams/data.yaml:3:3 VL004 VPC 'app' is defined in both net/teams/app.yaml and net/teams/data.yaml; names must be unique across included files",
                    p.loc() + " " + p.ruleId() + " " + p.message());
            assertEquals("net/teams/app.yaml:2:3", p.related().get(0).toString());
            assertEquals(List.of("net/root.yaml", "net/teams/app.yaml", "net/teams/data.yaml"), r.files());
            assertEquals(1, r.topologies().size(), "included files are linted only as part of the root");
            assertEquals(List.of("app", "data"), List.copyOf(r.topologies().get(0).topology().vpcs().keySet()));
        }
    }

    @Test
    void includesThatEscapeAreMissingOrCyclicAreRefused() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("/etc/secret.yaml", "vpcs: {}\n");
            m.write("a.yaml", "vpclint: 1\ninclude:\n  - ../etc/secret.yaml\n  - /etc/secret.yaml\n  - missing.yaml\n  - parts\n  - b.yaml\n");
            m.write("parts/x.yaml", "vpcs: {}\n");
            m.write("b.yaml", "include: [a.yaml]\n");
            assertEquals(String.join("\n",
                    "a.yaml:3:5 VL006 include '../etc/secret.yaml' resolves outside the current folder; includes must stay inside the folder vpclint was started in",
                    "a.yaml:4:5 VL006 include '/etc/secret.yaml' resolves outside the current folder; includes must stay inside the folder vpclint was started in",
                    "a.yaml:5:5 VL006 include 'missing.yaml' does not exist",
                    "a.yaml:6:5 VL006 include 'parts' is a folder; include files",
                    "b.yaml:1:11 VL006 include 'a.yaml' forms a cycle back to a.yaml"), problems(m, "a.yaml"));
        }
    }

    @Test
    void foldersAreSearchedAndFilesWithoutTheMarkerSkipped() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net/a.yaml", "vpclint: 1\nvpcs: {}\n");
            m.write("net/sub/b.yml", "vpclint: 1\n");
            m.write("net/k8s.yaml", "apiVersion: v1\nkind: ConfigMap\n");
            m.write("net/.github/ci.yaml", "vpclint: 1\n");
            m.write("net/readme.txt", "vpclint: 1\n");
            LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of());
            assertEquals(List.of("net/a.yaml", "net/sub/b.yml"), r.files());
            assertEquals(List.of("net/k8s.yaml"), r.skipped());
            assertEquals(List.of(), r.problems());
        }
    }

    @Test
    void aMissingInputIsAUsageError() throws Exception {
        try (MemFs m = new MemFs()) {
            InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                    () -> new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd.resolve("nope.yaml"))));
            assertEquals("no such file or folder: /work/nope.yaml", e.getMessage());
        }
    }

    @Test
    void connectionNamesAreGlobalAndReservedPrefixListNamesRefused() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("a.yaml", """
                    vpclint: 1
                    prefix_lists:
                      s3: [10.0.0.0/8]
                    vpcs:
                      app: {cidrs: [10.0.0.0/16], vpn_gateway: vgw-app}
                    direct_connect_gateways:
                      dx:
                        associations:
                          - {vpc: app, route_table: spokes}
                    onprem:
                      dc1:
                        cidrs: [192.168.0.0/16]
                        connections:
                          vpn: {type: vpn, vpc: app}
                      dc2:
                        cidrs: [172.20.0.0/16]
                        connections:
                          vpn: {type: vpn, vpc: app}
                    """);
            assertEquals(String.join("\n",
                    "a.yaml:18:7 VL004 connection 'vpn' is already defined at line 14; connection names must be unique across on-prem sites",
                    "a.yaml:3:3 VL002 prefix list name 's3' is reserved: pl/s3 means the AWS-managed list of the VPC's Region; choose another name",
                    "a.yaml:9:20 VL002 'route_table' only applies to an association with a transit gateway"), problems(m, "a.yaml"));
        }
    }
}
