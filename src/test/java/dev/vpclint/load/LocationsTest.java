package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.model.Loc;
import dev.vpclint.model.Route;
import dev.vpclint.model.Topology;
import dev.vpclint.model.Vpc;
import dev.vpclint.testing.MemFs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every object, field and list item keeps its file, line, column and object path. */
class LocationsTest {
    static final String TOPOLOGY = """
            vpclint: 1
            vpcs:
              app:
                cidrs: [10.1.0.0/16, 10.2.0.0/16]
                ipv6_cidrs:
                  - 2600:1f18:1:100::/56
                subnets:
                  app-a: {cidr: 10.1.1.0/24, az: use1-az1, route_table: rt}
                  app-b:
                    cidr: 10.1.2.0/24
                    az: use1-az2
                route_tables:
                  rt:
                    routes:
                      - {destination: 10.3.0.0/16, target: pcx/p}
                      - destination: 0.0.0.0/0
                        target: igw
                endpoints:
                  kms:
                    type: interface
                    service: kms
                    subnets: [app-a]
                    ip_address_type: ipv4
                internet_gateway: true
              data:
                cidrs: [10.3.0.0/16]
            peerings:
              p: {requester: app, accepter: data}
            """;

    static Topology load(MemFs m) throws Exception {
        m.write("net.yaml", TOPOLOGY);
        LoadResult r = new Loader(m.cwd, InputLimits.DEFAULT).load(List.of(m.cwd.resolve("net.yaml")));
        assertEquals(List.of(), r.problems());
        return r.topologies().get(0).topology();
    }

    static void at(Loc loc, int line, int column, String path) {
        assertEquals("net.yaml:" + line + ":" + column + " " + path, loc + " " + loc.path());
    }

    @Test
    void namedObjectsStartAtTheirName() throws Exception {
        try (MemFs m = new MemFs()) {
            Topology t = load(m);
            Vpc app = t.vpcs().get("app");
            at(app.loc(), 3, 3, "vpcs.app");
            at(app.subnets().get("app-a").loc(), 8, 7, "vpcs.app.subnets.app-a");
            at(app.subnets().get("app-b").loc(), 9, 7, "vpcs.app.subnets.app-b");
            at(app.routeTables().get("rt").loc(), 13, 7, "vpcs.app.route_tables.rt");
            at(app.endpoints().get("kms").loc(), 19, 7, "vpcs.app.endpoints.kms");
            at(t.peerings().get("p").loc(), 28, 3, "peerings.p");
        }
    }

    @Test
    void listItemsStartAfterTheDashInFlowAndBlockStyle() throws Exception {
        try (MemFs m = new MemFs()) {
            Vpc app = load(m).vpcs().get("app");
            at(app.cidrs().get(0).loc(), 4, 13, "vpcs.app.cidrs[0]");
            at(app.cidrs().get(1).loc(), 4, 26, "vpcs.app.cidrs[1]");
            at(app.ipv6Cidrs().get(0).loc(), 6, 9, "vpcs.app.ipv6_cidrs[0]");
            List<Route> routes = app.routeTables().get("rt").routes();
            at(routes.get(0).loc(), 15, 13, "vpcs.app.route_tables.rt.routes[0]");
            at(routes.get(1).loc(), 16, 13, "vpcs.app.route_tables.rt.routes[1]");
        }
    }

    @Test
    void fieldsStartAtTheirKeyInFlowAndBlockStyle() throws Exception {
        try (MemFs m = new MemFs()) {
            Vpc app = load(m).vpcs().get("app");
            at(app.subnets().get("app-a").cidr().loc(), 8, 15, "vpcs.app.subnets.app-a.cidr");
            at(app.subnets().get("app-b").cidr().loc(), 10, 9, "vpcs.app.subnets.app-b.cidr");
            at(app.subnets().get("app-a").routeTable().loc(), 8, 48, "vpcs.app.subnets.app-a.route_table");
            List<Route> routes = app.routeTables().get("rt").routes();
            at(routes.get(0).targetLoc(), 15, 40, "vpcs.app.route_tables.rt.routes[0].target");
            at(routes.get(1).targetLoc(), 17, 13, "vpcs.app.route_tables.rt.routes[1].target");
            at(app.endpoints().get("kms").ipAddressTypeLoc(), 23, 9, "vpcs.app.endpoints.kms.ip_address_type");
            at(app.endpoints().get("kms").subnets().get(0).loc(), 22, 19, "vpcs.app.endpoints.kms.subnets[0]");
        }
    }

    @Test
    void theLoaderRecordsWhatIsWrittenAndTheNetworkAddsWhatAwsCreates() throws Exception {
        try (MemFs m = new MemFs()) {
            Vpc written = load(m).vpcs().get("app");
            assertEquals(null, written.routeTables().get("main"), "no implicit main table in the model as written");
            assertEquals(null, written.subnets().get("app-b").routeTable(), "a subnet that names no table names none");
            assertEquals(null, written.securityGroups().get("default"));
            assertEquals(null, written.dns().hostnames(), "unwritten DNS attributes stay unwritten");
            assertEquals(null, written.endpoints().get("kms").privateDns());
            assertEquals(null, load(m).peerings().get("p").status(), "an unwritten peering status stays unwritten");
            assertEquals(dev.vpclint.model.PeeringStatus.ACTIVE, new dev.vpclint.net.Network(load(m)).topology().peerings().get("p").status());
            Vpc app = new dev.vpclint.net.Network(load(m)).vpc("app");
            assertTrue(app.routeTables().get("main").implicit(), "a VPC without a main table gets one");
            assertEquals("main", app.subnets().get("app-b").routeTable().name(), "subnets without a table use the main one");
            assertTrue(app.subnets().get("app-b").routeTableImplicit());
            assertTrue(app.securityGroups().get("default").implicit(), "the default security group exists");
            assertEquals("default", app.subnets().get("app-b").networkAcl().name(), "subnets without an ACL use the default one");
            assertEquals(2, app.networkAcls().get("default").ingress().size(), "the default ACL allows IPv4 and IPv6");
            assertTrue(app.dns().support());
            assertEquals(false, app.dns().hostnames());
            assertEquals(3, app.localRoutes().size(), "one local route per VPC CIDR, IPv6 included");
            assertTrue(app.endpoints().get("kms").privateDns(), "private DNS defaults on for AWS services");
            assertEquals("app-igw", app.internetGateway().name());
        }
    }
}
