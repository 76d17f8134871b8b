package dev.vpclint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.cli.Env;
import dev.vpclint.cli.Main;
import dev.vpclint.testing.Golden;
import dev.vpclint.testing.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `vpclint trace samples/NAME.yaml ...` for the flows each sample is about (its header comments,
 * intents and planted mistakes): the output is `samples/NAME.trace-SHORT.expected.txt` (or
 * `.json`) byte for byte, and the exit code is as listed. Each golden was read hop by hop against
 * AWS behaviour before it was recorded; re-read any diff before blessing it.
 */
class TraceGoldenTest {

    record Case(String sample, String shortName, int exit, List<String> args) {
        @Override
        public String toString() {
            return sample + " " + shortName;
        }

        String golden() {
            return sample + ".trace-" + shortName + ".expected." + (args.contains("json") ? "json" : "txt");
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Centralised egress: spoke -> TGW (spokes table) -> egress VPC -> NAT -> IGW, the reply back through the shared table.
                new Case("hub-and-spoke", "egress", 0, List.of("--from", "subnet/app/app-a", "--to", "internet", "--port", "443")),
                // On-prem reaches the central KMS interface endpoint over the VPN and the TGW; the public KMS attempt has no route.
                new Case("hub-and-spoke", "onprem-kms", 0, List.of("--from", "onprem/ashburn-dc", "--to", "service/kms", "--port", "443")),
                // The spokes table blackholes 10.0.0.0/8: spoke-to-spoke traffic is dropped at the TGW.
                new Case("hub-and-spoke", "spoke-to-spoke", 1, List.of("--from", "subnet/app/app-a", "--to", "subnet/data/db-a", "--port", "5432")),
                new Case("hub-and-spoke", "spoke-to-spoke", 1,
                        List.of("--from", "subnet/app/app-a", "--to", "subnet/data/db-a", "--port", "5432", "--format", "json")),
                // The planted VL301 mistake: S3 over the VPN into shared-services, whose S3 gateway endpoint serves only its own VPC.
                new Case("hub-and-spoke", "onprem-s3", 1, List.of("--from", "onprem/ashburn-dc", "--to", "service/s3", "--port", "443")),

                // The planted VL201 mistake: prod routes data's CIDR via the prod-shared peering; peering is not transitive.
                new Case("peering-mesh", "prod-to-data", 1, List.of("--from", "subnet/prod/app-a", "--to", "subnet/data/db-a", "--port", "5432")),
                // The planted VL202 mistake: dev's default route via the shared-dev peering; a peering lends no NAT or IGW.
                new Case("peering-mesh", "dev-egress", 1, List.of("--from", "subnet/dev/dev-a", "--to", "internet", "--port", "443")),
                // Intent reporting-to-postgres: across the shared-data peering, through data's network ACL both ways.
                new Case("peering-mesh", "reporting-to-postgres", 0,
                        List.of("--from", "subnet/shared/tools-a", "--to", "subnet/data/db-a", "--port", "5432")),
                // prod has no NAT: IPv4 has no route out, IPv6 leaves through the egress-only IGW (every attempt shown).
                new Case("peering-mesh", "prod-egress", 0, List.of("--from", "subnet/prod/app-a", "--to", "internet", "--port", "443", "--verbose")),

                // Intent dc1-s3-over-dx: dc1 -> DX transit VIF -> DX gateway -> TGW -> S3 interface endpoint, and back.
                new Case("hybrid", "dc1-s3", 0, List.of("--from", "onprem/dc1", "--to", "service/s3", "--port", "443")),
                // Intent dc2-users-to-erp-db: over the VPN to erp's VGW, back by the route propagated from it; the oracle ACL admits both ways.
                new Case("hybrid", "dc2-to-erp-db", 0, List.of("--from", "10.210.4.25", "--to", "subnet/erp/db-a", "--port", "1521")),
                // Intent dr-to-dc1: us-west-2 -> TGW peering -> core -> DX gateway, back along the static peering routes.
                new Case("hybrid", "dr-to-dc1", 0, List.of("--from", "subnet/dr/app-a", "--to", "onprem/dc1", "--port", "443")),
                // EKS pods in a non-routable range reach dc1 through a private NAT gateway.
                new Case("hybrid", "pods-to-dc1", 0, List.of("--from", "subnet/analytics/pods-a", "--to", "onprem/dc1", "--port", "443")),

                // Intent ops-to-web: across the web-ops peering, routes both ways.
                new Case("clean", "ops-to-web", 0, List.of("--from", "subnet/ops/ops-a", "--to", "subnet/web/private-a", "--port", "443")),
                // A public subnet without map_public_ip: the IGW drops traffic from a private address.
                new Case("clean", "public-without-ip", 1, List.of("--from", "subnet/web/public-a", "--to", "8.8.8.8", "--port", "443")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void traceMatchesItsGolden(Case c) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(FileSystems.getDefault(), Project.dir(), Map.of(), false);
        List<String> args = new ArrayList<>(List.of("trace", "samples/" + c.sample() + ".yaml"));
        args.addAll(c.args());
        int code = Main.run(env, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals("", err.toString());
        Golden.check(Project.samples().resolve(c.golden()), out.toString());
        assertEquals(c.exit(), code, "exit code of " + c);
    }

    @Test
    void theReadmeShowsAGoldenTrace() throws IOException {
        String golden = Files.readString(Project.samples().resolve("hub-and-spoke.trace-spoke-to-spoke.expected.txt"));
        assertTrue(Files.readString(Project.dir().resolve("README.md")).contains("```\n" + golden + "```\n"),
                "README.md's `vpclint trace` section shows samples/hub-and-spoke.trace-spoke-to-spoke.expected.txt; copy it again");
    }
}
