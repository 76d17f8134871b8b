package dev.vpclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.testing.MemFs;
import org.junit.jupiter.api.Test;

/** `vpclint trace`: exit codes, text and JSON bytes, and one-line errors for every kind of bad input. */
class TraceCommandTest {
    /**
     * A public subnet with an interface (reachable to the internet), a private subnet without an
     * internet route (not reachable), whose route to the branch VPC goes through an appliance
     * (cannot tell: what an appliance does is not modelled).
     */
    static final String NET = """
            vpclint: 1
            vpcs:
              app:
                cidrs: [10.0.0.0/16]
                internet_gateway: true
                subnets:
                  web: {cidr: 10.0.0.0/24, az: use1-az1, route_table: public, map_public_ip: true}
                  db:  {cidr: 10.0.1.0/24, az: use1-az1}
                route_tables:
                  public:
                    routes:
                      - {destination: 0.0.0.0/0, target: igw}
                  private:
                    main: true
                    routes:
                      - {destination: 10.9.0.0/16, target: eni/firewall}
                network_interfaces:
                  firewall: {subnet: web, source_dest_check: false, security_groups: [appliance]}
                security_groups:
                  appliance: {ingress: [{protocol: udp, ports: 53, source: 10.0.0.0/16}]}
              branch:
                cidrs: [10.9.0.0/16]
                subnets:
                  lan: {cidr: 10.9.0.0/24, az: use1-az1}
            """;

    private static CliRun trace(String... args) throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", NET);
            String[] all = new String[args.length + 2];
            all[0] = "trace";
            all[1] = "net.yaml";
            System.arraycopy(args, 0, all, 2, args.length);
            return CliRun.of(m, all);
        }
    }

    @Test
    void reachableThereAndBackExitsZero() throws Exception {
        CliRun r = trace("--from", "subnet/app/web", "--to", "internet", "--port", "443");
        assertEquals("""
                trace subnet/app/web -> internet (tcp 443): reachable
                there:
                  1. eni/app/firewall  sends tcp 443 from 10.0.0.4 to internet at an internet address  (net.yaml:18:7)
                  2. rtb/app/public    subnet web: route 0.0.0.0/0 -> igw (static)  (net.yaml:12:13)
                  3. igw/app           leaves through internet gateway app-igw  (net.yaml:5:5)
                  4. internet          reaches the internet
                back:
                  1. igw/app           the reply comes back into VPC app
                  2. eni/app/firewall  delivered in subnet web  (net.yaml:18:7)
                """, r.out());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void notReachableSaysWhereAndWhyAndExitsOne() throws Exception {
        CliRun r = trace("--from", "subnet/app/db", "--to", "internet");
        assertEquals("""
                trace subnet/app/db -> internet (tcp, any port): not reachable
                there:
                  1. subnet/app/db    sends tcp any port from 10.0.1.4 to internet at an internet address; security groups not evaluated (no interface declared there)  (net.yaml:8:7)
                  2. rtb/app/private  route table private (subnet db) has no route to an internet address (NO_ROUTE_TO_DESTINATION)  (net.yaml:13:7)
                back: not traced, since the packet never arrived
                stopped at rtb/app/private: NO_ROUTE_TO_DESTINATION -- the route table has no route to the destination (Reachability Analyzer code)
                """, r.out());
        assertEquals(1, r.code());
    }

    @Test
    void undecidedPathSaysCannotTellAndExitsOne() throws Exception {
        CliRun r = trace("--from", "subnet/app/db", "--to", "subnet/branch/lan", "--protocol", "icmp");
        assertEquals("trace subnet/app/db -> subnet/branch/lan (icmp): cannot tell", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("back: not traced, since it is not known whether the packet arrives\n"), r.out());
        assertTrue(r.out().endsWith("cannot tell at eni/app/firewall: NOT_MODELLED -- vpclint does not model this component's forwarding (vpclint code)\n"),
                r.out());
        assertEquals(1, r.code());
    }

    @Test
    void severalAttemptsAreCountedAndVerbosePrintsEach() throws Exception {
        CliRun brief = trace("--from", "vpc/app", "--to", "internet", "--port", "443");
        assertTrue(brief.out().startsWith("trace vpc/app -> internet (tcp 443): reachable\nattempt 1 of 2: eni/app/firewall -> internet (IPv4)\nthere:\n"),
                brief.out());
        assertTrue(brief.out().endsWith("\n1 of 2 attempts reachable (--verbose prints every attempt)\n"), brief.out());
        assertEquals(0, brief.code());

        CliRun verbose = trace("--from", "vpc/app", "--to", "internet", "--port", "443", "--verbose");
        assertEquals("""
                trace vpc/app -> internet (tcp 443): reachable

                attempt 1 of 2: eni/app/firewall -> internet (IPv4): reachable (explains the verdict)
                there:
                  1. eni/app/firewall  sends tcp 443 from 10.0.0.4 to internet at an internet address  (net.yaml:18:7)
                  2. rtb/app/public    subnet web: route 0.0.0.0/0 -> igw (static)  (net.yaml:12:13)
                  3. igw/app           leaves through internet gateway app-igw  (net.yaml:5:5)
                  4. internet          reaches the internet
                back:
                  1. igw/app           the reply comes back into VPC app
                  2. eni/app/firewall  delivered in subnet web  (net.yaml:18:7)

                attempt 2 of 2: subnet/app/db -> internet (IPv4): not reachable
                there:
                  1. subnet/app/db     sends tcp 443 from 10.0.1.4 to internet at an internet address; security groups not evaluated (no interface declared there)  (net.yaml:8:7)
                  2. rtb/app/private   route table private (subnet db) has no route to an internet address (NO_ROUTE_TO_DESTINATION)  (net.yaml:13:7)
                back: not traced, since the packet never arrived
                stopped at rtb/app/private: NO_ROUTE_TO_DESTINATION -- the route table has no route to the destination (Reachability Analyzer code)

                1 of 2 attempts reachable
                """, verbose.out());
    }

    @Test
    void jsonHasEveryKeyInOneOrderWithNullsWhereAbsent() throws Exception {
        CliRun r = trace("--from", "subnet/app/db", "--to", "10.0.0.0/24", "--port", "5432", "--format", "json");
        assertEquals("""
                {
                  "vpclint" : "0.1.0",
                  "flow" : {
                    "from" : "subnet/app/db",
                    "to" : "10.0.0.0/24",
                    "protocol" : "tcp",
                    "ports" : "5432"
                  },
                  "verdict" : "unreachable",
                  "attempts" : [ {
                    "from" : "subnet/app/db",
                    "to" : "eni/app/firewall",
                    "ipVersion" : 4,
                    "verdict" : "unreachable",
                    "there" : [ {
                      "object" : "subnet/app/db",
                      "text" : "sends tcp 5432 from 10.0.1.4 to eni/app/firewall at 10.0.0.4; security groups not evaluated (no interface declared there)",
                      "file" : "net.yaml",
                      "line" : 8,
                      "column" : 7,
                      "path" : "vpcs.app.subnets.db",
                      "reason" : null
                    }, {
                      "object" : "rtb/app/private",
                      "text" : "subnet db: route 10.0.0.0/16 -> local (local)",
                      "file" : "net.yaml",
                      "line" : 4,
                      "column" : 13,
                      "path" : "vpcs.app.cidrs[0]",
                      "reason" : null
                    }, {
                      "object" : "eni/app/firewall",
                      "text" : "security groups appliance of eni/app/firewall admit no tcp 5432 from 10.0.1.4 (ENI_SG_RULES_MISMATCH)",
                      "file" : "net.yaml",
                      "line" : 20,
                      "column" : 7,
                      "path" : "vpcs.app.security_groups.appliance",
                      "reason" : "ENI_SG_RULES_MISMATCH"
                    } ],
                    "back" : null,
                    "stop" : {
                      "direction" : "there",
                      "object" : "eni/app/firewall",
                      "reason" : "ENI_SG_RULES_MISMATCH",
                      "reachabilityAnalyzer" : true,
                      "meaning" : "no security group rule admits the traffic"
                    }
                  } ],
                  "chosen" : 0
                }
                """, r.out());
        assertEquals(1, r.code());
    }

    @Test
    void jsonOfAReachableFlowHasNoStop() throws Exception {
        CliRun r = trace("--from", "subnet/app/web", "--to", "internet", "--format", "json");
        assertTrue(r.out().contains("  \"verdict\" : \"reachable\",\n  \"attempts\""), r.out());
        assertTrue(r.out().contains("    } ],\n    \"stop\" : null\n  } ],\n  \"chosen\" : 0\n}\n"), r.out());
        assertEquals(0, r.code());
    }

    @Test
    void unknownNamesAreUsageErrorsWithASuggestion() throws Exception {
        assertUsage("vpclint: --from: no VPC 'ap' in the topology; did you mean 'app'?\n", trace("--from", "vpc/ap", "--to", "internet"));
        assertUsage("vpclint: --to: no subnet 'dbb' in VPC app; did you mean 'db'?\n", trace("--from", "vpc/app", "--to", "subnet/app/dbb"));
        assertUsage("vpclint: --to: no VPC 'nowhere' in the topology\n", trace("--from", "vpc/app", "--to", "subnet/nowhere/db"));
        assertUsage("vpclint: --from: no network interface 'firewal' in VPC app; did you mean 'firewall'?\n",
                trace("--from", "eni/app/firewal", "--to", "internet"));
        assertUsage("vpclint: --from: no on-prem site 'dc1' in the topology\n", trace("--from", "onprem/dc1", "--to", "internet"));
        assertUsage("vpclint: --to: no endpoint service 'ledger' in the topology\n",
                trace("--from", "vpc/app", "--to", "service/endpoint_service/ledger"));
    }

    @Test
    void malformedEndsGiveTheGrammarOnOneLine() throws Exception {
        CliRun r = trace("--from", "subnets/app/db", "--to", "internet");
        assertUsage("vpclint: --from: 'subnets/app/db' must be vpc/NAME, subnet/VPC/NAME, eni/VPC/NAME, vpce/VPC/NAME, onprem/NAME, service/NAME,"
                + " internet, or an IPv4/IPv6 address or CIDR (did you mean 'subnet/'?)\nTry 'vpclint trace --help' for more information.\n", r);
        CliRun badAddress = trace("--from", "vpc/app", "--to", "10.0.0.1/24");
        assertEquals(2, badAddress.code());
        assertTrue(badAddress.err().startsWith("vpclint: --to: '10.0.0.1/24' must be "), badAddress.err());
    }

    @Test
    void endsThatCannotStartOrReceiveAFlowAreUsageErrors() throws Exception {
        assertUsage("vpclint: cannot trace: service/s3: a service does not start flows\n", trace("--from", "service/s3", "--to", "internet"));
        assertUsage("vpclint: cannot trace: 192.168.7.7/32: the address is in no subnet, on-prem site or public range of the topology (UNKNOWN_DESTINATION)\n",
                trace("--from", "vpc/app", "--to", "192.168.7.7"));
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        assertUsage("vpclint: --port applies to tcp and udp only, not icmp\nTry 'vpclint trace --help' for more information.\n",
                trace("--from", "vpc/app", "--to", "internet", "--protocol", "icmp", "--port", "443"));
        assertUsage("vpclint: --port: port 70000 is out of range (0-65535)\nTry 'vpclint trace --help' for more information.\n",
                trace("--from", "vpc/app", "--to", "internet", "--port", "70000"));
        assertUsage("vpclint: Missing required option: '--to=REF'\nTry 'vpclint trace --help' for more information.\n", trace("--from", "vpc/app"));
        CliRun unknownFlag = trace("--from", "vpc/app", "--to", "internet", "--fail-on", "note");
        assertEquals(2, unknownFlag.code());
        assertTrue(unknownFlag.err().startsWith("vpclint: Unknown options: '--fail-on', 'note'"), unknownFlag.err());
    }

    @Test
    void aGatewayEndpointIsNoDestination() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", """
                    vpclint: 1
                    vpcs:
                      app:
                        cidrs: [10.0.0.0/16]
                        subnets:
                          a: {cidr: 10.0.1.0/24, az: use1-az1}
                        route_tables:
                          rt: {main: true}
                        endpoints:
                          s3: {type: gateway, service: s3, route_tables: [rt]}
                    """);
            assertUsage("vpclint: --to: vpce/app/s3 is a gateway endpoint: a hop on the way to its service, not a destination; use --to service/s3\n",
                    CliRun.of(m, "trace", "net.yaml", "--from", "subnet/app/a", "--to", "vpce/app/s3"));
            CliRun toService = CliRun.of(m, "trace", "net.yaml", "--from", "subnet/app/a", "--to", "service/s3", "--port", "443");
            assertEquals("trace subnet/app/a -> service/s3 (tcp 443): reachable", toService.out().lines().findFirst().orElseThrow());
            assertEquals(0, toService.code());
        }
    }

    @Test
    void missingFileAndFoldersWithoutExactlyOneTopologyAreUsageErrors() throws Exception {
        try (MemFs m = new MemFs()) {
            assertUsage("vpclint: no such file or folder: /work/nope.yaml\n", CliRun.of(m, "trace", "nope.yaml", "--from", "vpc/a", "--to", "internet"));
            m.write("empty/notes.yaml", "just: yaml\n");
            assertUsage("vpclint: no topology in empty (a topology file starts with `vpclint: 1`)\n",
                    CliRun.of(m, "trace", "empty", "--from", "vpc/a", "--to", "internet"));
            m.write("two/a.yaml", "vpclint: 1\nvpcs:\n  a: {cidrs: [10.0.0.0/16]}\n");
            m.write("two/b.yaml", "vpclint: 1\nvpcs:\n  b: {cidrs: [10.1.0.0/16]}\n");
            assertUsage("vpclint: two holds 2 topologies (two/a.yaml, two/b.yaml); trace one file\n",
                    CliRun.of(m, "trace", "two", "--from", "vpc/a", "--to", "internet"));
        }
    }

    @Test
    void errorsInTheTopologyArePrintedAndStopTheTrace() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", CheckCommandTest.BAD);
            CliRun r = CliRun.of(m, "trace", "net.yaml", "--from", "subnet/app/a", "--to", "internet");
            assertUsage("""
                    net.yaml:6:44: warning VL003 unknown-field: unknown field 'route_tabel' in vpcs.app.subnets.a; did you mean 'route_table'?
                    net.yaml:7:11: error VL002 schema-violation: bad CIDR '10.0.2.1/24': 10.0.2.1/24 has host bits set; the network is 10.0.2.0/24
                    vpclint: cannot trace: the topology has 1 error; objects with errors are left out, so a trace would be meaningless. \
                    Fix them first (`vpclint check` lists every finding).
                    """, r);
        }
    }

    @Test
    void loadWarningsArePrintedButTheTraceRuns() throws Exception {
        try (MemFs m = new MemFs()) {
            m.write("net.yaml", """
                    vpclint: 1
                    vpcs:
                      app:
                        cidrs: [10.0.0.0/16]
                        subnets:
                          a: {cidr: 10.0.1.0/24, az: use1-az1, route_tabel: main}
                    """);
            CliRun r = CliRun.of(m, "trace", "net.yaml", "--from", "subnet/app/a", "--to", "internet");
            assertEquals("net.yaml:6:44: warning VL003 unknown-field: unknown field 'route_tabel' in vpcs.app.subnets.a; did you mean 'route_table'?\n",
                    r.err());
            assertEquals("trace subnet/app/a -> internet (tcp, any port): not reachable", r.out().lines().findFirst().orElseThrow());
            assertEquals(1, r.code());
        }
    }

    private static void assertUsage(String err, CliRun r) {
        assertEquals(err, r.err());
        assertEquals("", r.out());
        assertEquals(2, r.code());
    }
}
