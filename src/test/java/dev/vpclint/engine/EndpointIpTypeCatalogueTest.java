package dev.vpclint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.load.InputLimits;
import dev.vpclint.load.Loader;
import dev.vpclint.rules.EndpointIpType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VL401 on the catalogue's IPv6 fact: a stated `ipv6: false` flags an IPv6 endpoint type, an
 * absent fact (unknown) never does. The shipped catalogue states no `false`, so a fixture cannot show it.
 */
class EndpointIpTypeCatalogueTest {
    private static final String CATALOGUE = """
            services:
              legacyapi: {endpoint_types: [interface], ipv6: false}
              newapi: {endpoint_types: [interface], ipv6: true}
              quietapi: {endpoint_types: [interface]}
            """;

    private static final String TOPOLOGY = """
            vpclint: 1
            defaults: {region: us-east-1, account: "111111111111"}
            vpcs:
              app:
                cidrs: [10.0.0.0/16]
                ipv6_cidrs: ["2600:1f18:1:100::/56"]
                dns: {support: true, hostnames: true}
                subnets:
                  app-a: {cidr: 10.0.1.0/24, ipv6_cidr: "2600:1f18:1:101::/64", az: use1-az1}
                  app-b: {cidr: 10.0.2.0/24, ipv6_cidr: "2600:1f18:1:102::/64", az: use1-az2}
                endpoints:
                  legacy: {type: interface, service: legacyapi, subnets: [app-a, app-b], ip_address_type: dualstack}
                  legacy-v4: {type: interface, service: legacyapi, subnets: [app-a, app-b], private_dns: false}
                  new: {type: interface, service: newapi, subnets: [app-a, app-b], ip_address_type: dualstack}
                  quiet: {type: interface, service: quietapi, subnets: [app-a, app-b], ip_address_type: dualstack}
            """;

    @Test
    void statedNoIpv6FlagsAndUnknownDoesNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, TOPOLOGY);
        ServiceCatalog catalog = ServiceCatalog.parse(CATALOGUE);
        List<Finding> findings = new Linter(List.of(new EndpointIpType()), RuleSelection.ALL, catalog)
                .lint(new Loader(dir, InputLimits.DEFAULT).load(List.of(file)))
                .stream().filter(f -> f.ruleId().equals("VL401")).toList();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(12, findings.get(0).loc().line());
        assertTrue(findings.get(0).message().contains("AWS service legacyapi does not support IPv6"), findings.get(0).message());
    }
}
