package dev.vpclint.bench;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes large, deterministic vpclint topologies for benchmarks: a design that is clean by
 * default (no finding of any rule, as far as the catalogue's conditions go) plus an exact number
 * of planted mistakes, each meant to produce exactly one finding of one rule.
 *
 * <p>The document is streamed line by line, so 10,000 VPCs (~16 MB) never sit in memory as text;
 * only a small per-VPC plan does. Same options, same bytes: all randomness comes from one
 * {@code Random(seed)} and every collection is emitted in index order.
 *
 * <p>Usage: {@code java dev.vpclint.bench.TopologyGenerator [--seed N] [--vpcs N]
 * [--subnets-per-vpc N] [--peerings N] [--endpoints N] [--mistakes N] [--output FILE]}
 */
public final class TopologyGenerator {

    /**
     * Benchmark shape. {@code peerings} is capped at what a clean peer graph allows (no duplicate
     * pair, at most 40 peers per VPC), {@code endpoints} at one per service per VPC. Plants add their
     * own VPCs, peerings and endpoints on top. With fewer endpoints than TGW hubs, a hub left without
     * an S3 gateway endpoint earns a VL804 note. {@code output} is used by {@link #main} only.
     */
    public record Options(long seed, int vpcs, int subnetsPerVpc, int peerings, int endpoints, int mistakes,
                          Path output) {
        public static Options defaults() {
            return forVpcs(100);
        }

        /** The CLI defaults for a given VPC count: 2 peerings and 1 endpoint per VPC, 1 mistake per 100 VPCs. */
        public static Options forVpcs(int vpcs) {
            return new Options(1, vpcs, 5, 2 * vpcs, vpcs, Math.max(1, vpcs / 100), null);
        }

        public Options withSeed(long v) { return new Options(v, vpcs, subnetsPerVpc, peerings, endpoints, mistakes, output); }
        public Options withSubnetsPerVpc(int v) { return new Options(seed, vpcs, v, peerings, endpoints, mistakes, output); }
        public Options withPeerings(int v) { return new Options(seed, vpcs, subnetsPerVpc, v, endpoints, mistakes, output); }
        public Options withEndpoints(int v) { return new Options(seed, vpcs, subnetsPerVpc, peerings, v, mistakes, output); }
        public Options withMistakes(int v) { return new Options(seed, vpcs, subnetsPerVpc, peerings, endpoints, v, output); }
        public Options withOutput(Path v) { return new Options(seed, vpcs, subnetsPerVpc, peerings, endpoints, mistakes, v); }
    }

    /** One planted mistake: the rule expected to fire and the path (0-based list indexes) it should point at. */
    public record Plant(String rule, String path, String detail) {}

    /** What was written; counts include the VPCs, peerings and endpoints that the plants add. */
    public record Summary(int vpcs, int subnets, int peerings, int endpoints, List<Plant> plants, long bytes) {
        public long mistakes(String rule) {
            return plants.stream().filter(p -> p.rule().equals(rule)).count();
        }

        public String line() {
            StringBuilder kinds = new StringBuilder();
            for (String rule : List.of("VL201", "VL106", "VL301", "VL401")) {
                kinds.append(kinds.length() == 0 ? "" : ", ").append(rule).append(' ').append(mistakes(rule));
            }
            return "generated: " + vpcs + " vpcs, " + subnets + " subnets, " + peerings + " peerings, "
                    + endpoints + " endpoints, " + plants.size() + " mistakes (" + kinds + "), " + bytes + " bytes";
        }
    }

    static final String[] SERVICES = {"kms", "ssm", "ecr.api", "sts", "logs", "secretsmanager", "s3", "dynamodb"};
    // IAM action prefixes of SERVICES (ecr.api's actions are ecr:*).
    static final String[] ACTIONS = {"kms", "ssm", "ecr", "sts", "logs", "secretsmanager", "s3", "dynamodb"};
    static final int S3 = 6;
    static final int STS = 3;
    static final int FIRST_GATEWAY_SERVICE = 6;
    // VL803 warns above 50 routes per table: 20 offsets give at most 40 peers, leaving room for the rest.
    static final int MAX_PEER_OFFSETS = 20;
    static final int MAX_TGWS = 5;
    static final int MAX_SITES = 4;
    // Gateway endpoints are limited to 20 per account and Region (VL802); with at most two per VPC,
    // ten VPCs per account stay inside it.
    static final int VPCS_PER_ACCOUNT = 10;
    static final long FIRST_ACCOUNT = 100_000_000_000L;
    static final long TEN_8 = 10L << 24;
    static final long CGNAT = (100L << 24) | (64L << 16);
    static final long SITE_BASE = (192L << 24) | (168L << 16);
    static final long PLANT_SITE_BASE = SITE_BASE | (64L << 8);

    private TopologyGenerator() {}

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Summary s;
            if (o.output() == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                s = write(o, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(o.output(), StandardCharsets.UTF_8)) {
                    s = write(o, w);
                }
            }
            System.err.println(s.line());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    static Options parse(String[] args) {
        long seed = 1;
        int vpcs = 100;
        Integer subnets = null, peerings = null, endpoints = null, mistakes = null;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException("usage: TopologyGenerator [--seed N] [--vpcs N] [--subnets-per-vpc N]"
                        + " [--peerings N] [--endpoints N] [--mistakes N] [--output FILE]");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + flag);
            }
            String v = args[++i];
            switch (flag) {
                case "--seed" -> seed = number(flag, v);
                case "--vpcs" -> vpcs = count(flag, v);
                case "--subnets-per-vpc" -> subnets = count(flag, v);
                case "--peerings" -> peerings = count(flag, v);
                case "--endpoints" -> endpoints = count(flag, v);
                case "--mistakes" -> mistakes = count(flag, v);
                case "--output" -> output = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        Options d = Options.forVpcs(vpcs);
        return new Options(seed, vpcs, subnets != null ? subnets : d.subnetsPerVpc(),
                peerings != null ? peerings : d.peerings(), endpoints != null ? endpoints : d.endpoints(),
                mistakes != null ? mistakes : d.mistakes(), output);
    }

    private static long number(String flag, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got '" + v + "'");
        }
    }

    private static int count(String flag, String v) {
        long n = number(flag, v);
        if (n < 0 || n > 10_000_000) {
            throw new IllegalArgumentException(flag + " must be between 0 and 10000000, got " + v);
        }
        return (int) n;
    }

    /** Streams one topology to {@code out} (flushed, not closed). */
    public static Summary write(Options o, Writer out) throws IOException {
        Plan plan = new Plan(o);
        CountingWriter w = new CountingWriter(out);
        new Emitter(plan, w).emit();
        w.flush();
        return new Summary(plan.vpcCount, plan.subnetTotal(), plan.peeringCount, plan.endpointTotal(),
                List.copyOf(plan.plants), w.count);
    }

    /** Everything decided before the first byte is written; small arrays indexed by VPC. */
    static final class Plan {
        final Options o;
        final int base;
        final int capacity;
        final int prefix;
        final int subnetPrefix;
        final int tgws;
        final int sites;
        final int nameWidth;

        int vpcCount;
        final long[] addr;
        final long[] secondary;          // -1 = none
        final int[] subnets;
        final boolean[] hub;
        final int[] tgwOf;               // -1 = not attached
        final boolean[] igw;
        final boolean[] ipv6;
        final boolean[] vgw;
        final int[] endpointMask;        // bit per SERVICES entry
        final boolean[] dualstack;
        final int[] plantDest;           // VL201: CIDR of this VPC routed via plantVia
        final int[] plantVia;
        final int[] plantIndex;          // into plants
        final int[][] dxVpcs;            // per normal site

        int peeringCount;
        int[] req = new int[16];
        int[] acc = new int[16];
        int[] adjStart;
        int[] adj;                       // peering indexes, grouped by VPC

        final List<Plant> plants = new ArrayList<>();
        final List<int[]> plantSites = new ArrayList<>();   // {vpc, viaDirectConnect}

        Plan(Options o) {
            this.o = o;
            if (o.vpcs() < 1) {
                throw new IllegalArgumentException("--vpcs must be at least 1");
            }
            if (o.subnetsPerVpc() < 1 || o.subnetsPerVpc() > 256) {
                throw new IllegalArgumentException("--subnets-per-vpc must be between 1 and 256");
            }
            base = o.vpcs();
            int[] perKind = new int[4];
            for (int m = 0; m < o.mistakes(); m++) {
                perKind[m % 4]++;
            }
            // Worst case: VL201 falls back to three extra VPCs when the peer graph has no A-B-C chain.
            capacity = base + 3 * perKind[0] + 2 * perKind[1] + perKind[2] + perKind[3];
            prefix = vpcPrefix(capacity);
            subnetPrefix = Math.max(24, prefix + ceilLog2(o.subnetsPerVpc()));
            if (subnetPrefix > 28) {
                throw new IllegalArgumentException(o.subnetsPerVpc() + " subnets per VPC do not fit: " + capacity
                        + " VPCs (plants included) get only a /" + prefix + " each in 10.0.0.0/8 + 100.64.0.0/10");
            }
            if (perKind[2] > (65536 - 16384) / 32) {
                throw new IllegalArgumentException("too many VL301 plants for the on-prem address space");
            }
            nameWidth = Math.max(5, String.valueOf(capacity - 1).length());

            addr = new long[capacity];
            secondary = new long[capacity];
            subnets = new int[capacity];
            hub = new boolean[capacity];
            tgwOf = new int[capacity];
            igw = new boolean[capacity];
            ipv6 = new boolean[capacity];
            vgw = new boolean[capacity];
            endpointMask = new int[capacity];
            dualstack = new boolean[capacity];
            plantDest = new int[capacity];
            plantVia = new int[capacity];
            plantIndex = new int[capacity];
            Arrays.fill(plantDest, -1);

            tgws = Math.min(Math.min(MAX_TGWS, 1 + (base - 1) / 2500), (base + 1) / 2);
            sites = Math.min(MAX_SITES, 1 + base / 500);
            for (int i = 0; i < base; i++) {
                newVpc(o.subnetsPerVpc());
                if (i % 2 == 0) {
                    hub[i] = i / 2 < tgws;
                    tgwOf[i] = (i / 2) % tgws;
                }
                igw[i] = hub[i] || i % 4 == 1;
                // Hubs stay IPv4-only: spokes route only 0.0.0.0/0 back to the TGW (VL605).
                ipv6[i] = i % 5 == 4 && !hub[i];
            }
            dxVpcs = new int[sites][];
            for (int s = 0; s < sites; s++) {
                List<Integer> chosen = new ArrayList<>();
                for (int k = 2 * s; k < 2 * s + 2; k++) {
                    int i = 4 * k + 3;          // standalone private VPCs: no TGW, no IGW
                    if (i < base) {
                        vgw[i] = true;
                        chosen.add(i);
                    }
                }
                dxVpcs[s] = chosen.stream().mapToInt(Integer::intValue).toArray();
            }
            Random rnd = new Random(o.seed());
            planPeerings(rnd);
            planEndpoints();
            planMistakes(perKind);
            buildAdjacency();
            locateTransitiveRoutes();
        }

        /** Largest VPC size (smallest prefix) that still gives every VPC its own block. */
        static int vpcPrefix(int vpcs) {
            for (int p = 16; p <= 28; p++) {
                if ((1L << (p - 8)) + (1L << (p - 10)) >= vpcs) {
                    return p;
                }
            }
            throw new IllegalArgumentException(vpcs + " VPCs do not fit in 10.0.0.0/8 + 100.64.0.0/10");
        }

        static int ceilLog2(int n) {
            return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
        }

        private int newVpc(int subnetCount) {
            int i = vpcCount++;
            long in10 = 1L << (prefix - 8);
            long size = 1L << (32 - prefix);
            addr[i] = i < in10 ? TEN_8 + i * size : CGNAT + (i - in10) * size;
            secondary[i] = -1;
            subnets[i] = subnetCount;
            tgwOf[i] = -1;
            return i;
        }

        private int newExtraVpc() {
            return newVpc(1);
        }

        private int addPeering(int a, int b) {
            if (peeringCount == req.length) {
                req = Arrays.copyOf(req, req.length * 2);
                acc = Arrays.copyOf(acc, acc.length * 2);
            }
            req[peeringCount] = Math.min(a, b);
            acc[peeringCount] = Math.max(a, b);
            return peeringCount++;
        }

        /**
         * A circulant graph over a shuffled order of the peerable VPCs: round d joins position x to
         * x + d. Distinct offsets up to half the ring never produce the same pair twice, and each
         * round adds at most two peers per VPC, so the degree stays bounded.
         */
        private void planPeerings(Random rnd) {
            int[] peerable = IntStream.range(0, base).filter(i -> !hub[i]).toArray();
            int m = peerable.length;
            int[] pos = shuffled(m, rnd);
            int[] offsets = shuffled(m / 2, rnd);
            int want = o.peerings();
            for (int r = 0; r < Math.min(offsets.length, MAX_PEER_OFFSETS) && peeringCount < want; r++) {
                int d = offsets[r] + 1;
                int starts = 2 * d == m ? m / 2 : m;   // the half-ring offset meets each pair from both ends
                for (int x = 0; x < starts && peeringCount < want; x++) {
                    addPeering(peerable[pos[x]], peerable[pos[(x + d) % m]]);
                }
            }
        }

        private static int[] shuffled(int n, Random rnd) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return a;
        }

        /**
         * Spreads exactly min(endpoints, 8 x VPCs) endpoints evenly, each VPC taking the next services
         * of a rotation (at most one per service, so private DNS names never clash).
         */
        private void planEndpoints() {
            long n = Math.min(o.endpoints(), (long) SERVICES.length * base);
            int[] count = new int[base];
            for (int i = 0; i < base; i++) {
                count[i] = (int) ((i + 1) * n / base - i * n / base);
            }
            // Hubs send 0.0.0.0/0 to NAT: without an S3 gateway endpoint that is a VL804 note. A hub
            // without an endpoint of its own takes one from the last VPC that has some, keeping the total.
            int donor = base - 1;
            for (int h = 0; h < base && hub[h]; h += 2) {
                while (count[h] == 0 && donor > h) {
                    if (!hub[donor] && count[donor] > 0) {
                        count[donor]--;
                        count[h]++;
                    } else {
                        donor--;
                    }
                }
            }
            for (int i = 0; i < base; i++) {
                int mask = 0;
                int last = -1;
                for (int j = 0; j < count[i]; j++) {
                    last = (i + j) % SERVICES.length;
                    mask |= 1 << last;
                }
                if (hub[i] && last >= 0 && (mask & (1 << S3)) == 0) {
                    mask = (mask & ~(1 << last)) | (1 << S3);
                }
                endpointMask[i] = mask;
            }
        }

        private void planMistakes(int[] perKind) {
            buildAdjacency();
            Set<Long> peered = new HashSet<>();
            for (int p = 0; p < peeringCount; p++) {
                peered.add(pairKey(req[p], acc[p]));
            }
            boolean[] usedSource = new boolean[capacity];
            int[] seen = new int[4];
            for (int m = 0; m < o.mistakes(); m++) {
                int kind = m % 4;
                int q = seen[kind]++;
                switch (kind) {
                    case 0 -> plantTransitive(q, perKind[0], peered, usedSource);
                    case 1 -> plantOverlap();
                    case 2 -> plantGatewayFromOnprem(q);
                    default -> plantDualstack();
                }
            }
        }

        private void plantTransitive(int q, int total, Set<Long> peered, boolean[] usedSource) {
            int start = (int) ((long) q * base / Math.max(1, total));
            for (int k = 0; k < base; k++) {
                int b = (start + k) % base;
                for (int x = adjStart[b]; x < adjStart[b + 1]; x++) {
                    int ab = adj[x];
                    int a = other(ab, b);
                    if (usedSource[a]) {
                        continue;
                    }
                    for (int y = adjStart[b]; y < adjStart[b + 1]; y++) {
                        int c = other(adj[y], b);
                        if (c != a && !peered.contains(pairKey(a, c))) {
                            usedSource[a] = true;
                            routeTransitively(a, ab, b, c);
                            return;
                        }
                    }
                }
            }
            // No A-B-C chain in the generated graph (tiny or dense): build one from fresh VPCs.
            int a = newExtraVpc();
            int b = newExtraVpc();
            int c = newExtraVpc();
            int ab = addPeering(a, b);
            addPeering(b, c);
            routeTransitively(a, ab, b, c);
        }

        private void routeTransitively(int a, int ab, int b, int c) {
            plantDest[a] = c;
            plantVia[a] = ab;
            plantIndex[a] = plants.size();
            plants.add(new Plant("VL201", null, vpcName(a) + " -> " + vpcName(b) + " -> " + vpcName(c)));
        }

        /** The planted route follows A's peering routes (two per peer when both have IPv6). */
        private void locateTransitiveRoutes() {
            for (int a = 0; a < vpcCount; a++) {
                if (plantDest[a] < 0) {
                    continue;
                }
                int index = 0;
                for (int x = adjStart[a]; x < adjStart[a + 1]; x++) {
                    index += ipv6[a] && ipv6[other(adj[x], a)] ? 2 : 1;
                }
                Plant p = plants.get(plantIndex[a]);
                plants.set(plantIndex[a], new Plant(p.rule(),
                        "vpcs." + vpcName(a) + ".route_tables.private.routes[" + index + "]", p.detail()));
            }
        }

        /** Two fresh VPCs: X's secondary CIDR is the top of Y's range, and X is peered with Y. */
        private void plantOverlap() {
            int y = newExtraVpc();
            int x = newExtraVpc();
            int secPrefix = Math.min(28, Math.max(24, prefix + 4));
            secondary[x] = addr[y] + (1L << (32 - prefix)) - (1L << (32 - secPrefix));
            int p = addPeering(x, y);
            plants.add(new Plant("VL106", "peerings." + peeringName(p),
                    vpcName(x) + ".cidrs[1] " + cidr(secondary[x], secPrefix) + " overlaps " + vpcName(y) + " "
                            + cidr(addr[y], prefix)));
        }

        /** A VPC with only an S3 gateway endpoint, and a site that sends pl/s3 into it over VPN or DX. */
        private void plantGatewayFromOnprem(int q) {
            int z = newExtraVpc();
            vgw[z] = true;
            endpointMask[z] = 1 << S3;
            plantSites.add(new int[] {z, q % 2});
            plants.add(new Plant("VL301", "onprem." + plantSiteName(plantSites.size() - 1) + ".routes[1]",
                    "pl/s3 into " + vpcName(z) + " which has only a gateway endpoint for s3"));
        }

        private void plantDualstack() {
            int w = newExtraVpc();
            endpointMask[w] = 1 << STS;
            dualstack[w] = true;
            plants.add(new Plant("VL401", "vpcs." + vpcName(w) + ".endpoints.sts.ip_address_type",
                    "dualstack endpoint in " + vpcName(w) + ", which has no IPv6 CIDR"));
        }

        /** CSR adjacency: adj[adjStart[v] .. adjStart[v+1]) are v's peerings in peering order. */
        void buildAdjacency() {
            adjStart = new int[vpcCount + 1];
            for (int p = 0; p < peeringCount; p++) {
                adjStart[req[p] + 1]++;
                adjStart[acc[p] + 1]++;
            }
            for (int v = 0; v < vpcCount; v++) {
                adjStart[v + 1] += adjStart[v];
            }
            adj = new int[2 * peeringCount];
            int[] fill = Arrays.copyOf(adjStart, vpcCount);
            for (int p = 0; p < peeringCount; p++) {
                adj[fill[req[p]]++] = p;
                adj[fill[acc[p]]++] = p;
            }
        }

        int other(int peering, int v) {
            return req[peering] == v ? acc[peering] : req[peering];
        }

        static long pairKey(int a, int b) {
            return ((long) Math.min(a, b) << 32) | Math.max(a, b);
        }

        String vpcName(int i) {
            return "vpc-" + pad(i);
        }

        String pad(int i) {
            String s = Integer.toString(i);
            return "0".repeat(Math.max(0, nameWidth - s.length())) + s;
        }

        String peeringName(int p) {
            return "peer-" + pad(req[p]) + "-" + pad(acc[p]);
        }

        String plantSiteName(int k) {
            return String.format("lab-%03d", k + 1);
        }

        boolean usesCgnat() {
            return vpcCount > (1 << (prefix - 8));
        }

        boolean hasPublicSubnet(int i) {
            return igw[i];
        }

        int azCount(int i) {
            return Math.min(3, subnets[i]);
        }

        String subnetName(int i, int j) {
            return (j == 0 && hasPublicSubnet(i) ? "public-" : "private-") + j;
        }

        String az(int i, int j) {
            return "use1-az" + ((i + j % azCount(i)) % 6 + 1);
        }

        String ipv6Vpc(int i) {
            return "2600:1f18:" + Integer.toHexString(i >>> 8) + ":" + Integer.toHexString((i & 0xff) << 8) + "::/56";
        }

        String ipv6Subnet(int i, int j) {
            return "2600:1f18:" + Integer.toHexString(i >>> 8) + ":" + Integer.toHexString(((i & 0xff) << 8) | j)
                    + "::/64";
        }

        String account(int i) {
            return Long.toString(FIRST_ACCOUNT + i / VPCS_PER_ACCOUNT);
        }

        String siteCidr(int s) {
            return cidr(SITE_BASE + ((long) s << 12), 20);
        }

        String plantSiteCidr(int k) {
            return cidr(PLANT_SITE_BASE + 32L * k, 27);
        }

        int subnetTotal() {
            int n = 0;
            for (int i = 0; i < vpcCount; i++) {
                n += subnets[i];
            }
            return n;
        }

        int endpointTotal() {
            int n = 0;
            for (int i = 0; i < vpcCount; i++) {
                n += Integer.bitCount(endpointMask[i]);
            }
            return n;
        }

        static String cidr(long a, int p) {
            return ((a >>> 24) & 0xff) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff) + "/" + p;
        }
    }

    /** Writes the plan as block YAML with flow-style leaves, 2-space indentation. */
    static final class Emitter {
        private final Plan plan;
        private final Writer w;
        private final StringBuilder line = new StringBuilder(256);

        Emitter(Plan plan, Writer w) {
            this.plan = plan;
            this.w = w;
        }

        void emit() throws IOException {
            Options o = plan.o;
            put("vpclint: 1");
            put("name: bench-" + o.vpcs() + "-seed-" + o.seed());
            put("defaults:");
            put("  region: us-east-1");
            put("  account: \"" + TopologyGenerator.FIRST_ACCOUNT + "\"");
            put("");
            put("vpcs:");
            for (int i = 0; i < plan.vpcCount; i++) {
                vpc(i);
            }
            put("");
            if (plan.peeringCount > 0) {
                put("peerings:");
                for (int p = 0; p < plan.peeringCount; p++) {
                    put("  " + plan.peeringName(p) + ": {requester: " + plan.vpcName(plan.req[p]) + ", accepter: "
                            + plan.vpcName(plan.acc[p]) + "}");
                }
                put("");
            }
            transitGateways();
            directConnectGateways();
            onprem();
        }

        private void vpc(int i) throws IOException {
            String name = plan.vpcName(i);
            String cidr = Plan.cidr(plan.addr[i], plan.prefix);
            put("  " + name + ":");
            put("    account: \"" + plan.account(i) + "\"");
            if (plan.secondary[i] >= 0) {
                int secPrefix = Math.min(28, Math.max(24, plan.prefix + 4));
                put("    cidrs: [" + cidr + ", " + Plan.cidr(plan.secondary[i], secPrefix) + "]");
            } else {
                put("    cidrs: [" + cidr + "]");
            }
            if (plan.ipv6[i]) {
                put("    ipv6_cidrs: [\"" + plan.ipv6Vpc(i) + "\"]");
            }
            // Private DNS on interface endpoints and gateway endpoints both want support and hostnames on.
            put("    dns: {support: true, hostnames: true}");
            if (plan.igw[i]) {
                put("    internet_gateway: true");
            }
            if (plan.vgw[i]) {
                put("    vpn_gateway: vgw-" + plan.pad(i));
            }
            put("    subnets:");
            for (int j = 0; j < plan.subnets[i]; j++) {
                line.setLength(0);
                line.append("      ").append(plan.subnetName(i, j)).append(": {cidr: ")
                        .append(Plan.cidr(plan.addr[i] + ((long) j << (32 - plan.subnetPrefix)), plan.subnetPrefix));
                if (plan.ipv6[i]) {
                    line.append(", ipv6_cidr: \"").append(plan.ipv6Subnet(i, j)).append('"');
                }
                line.append(", az: ").append(plan.az(i, j)).append(", route_table: ")
                        .append(j == 0 && plan.hasPublicSubnet(i) ? "public" : "private").append('}');
                putLine();
            }
            routeTables(i);
            if (plan.hub[i]) {
                put("    nat_gateways:");
                put("      egress: {subnet: " + plan.subnetName(i, 0) + "}");
            }
            endpoints(i, cidr);
        }

        private void routeTables(int i) throws IOException {
            put("    route_tables:");
            List<String> routes = new ArrayList<>();
            for (int x = plan.adjStart[i]; x < plan.adjStart[i + 1]; x++) {
                int p = plan.adj[x];
                int peer = plan.other(p, i);
                routes.add(route(Plan.cidr(plan.addr[peer], plan.prefix), "pcx/" + plan.peeringName(p)));
                if (plan.ipv6[i] && plan.ipv6[peer]) {
                    routes.add(route("\"" + plan.ipv6Vpc(peer) + "\"", "pcx/" + plan.peeringName(p)));
                }
            }
            if (plan.plantDest[i] >= 0) {
                routes.add(route(Plan.cidr(plan.addr[plan.plantDest[i]], plan.prefix),
                        "pcx/" + plan.peeringName(plan.plantVia[i])));
            }
            List<String> backToTgw = hubReturnRoutes(i);
            if (plan.hub[i]) {
                routes.add(route("0.0.0.0/0", "nat/egress"));
                routes.addAll(backToTgw);
            } else if (plan.tgwOf[i] >= 0) {
                routes.add(route("0.0.0.0/0", "tgw/" + tgwName(plan.tgwOf[i])));
            }
            put("      private:" + (routes.isEmpty() && !plan.vgw[i] ? " {}" : ""));
            if (plan.vgw[i]) {
                put("        propagate_vpn_routes: true");
            }
            routeList(routes);
            if (plan.hasPublicSubnet(i)) {
                put("      public:");
                List<String> pub = new ArrayList<>();
                pub.add(route("0.0.0.0/0", "igw"));
                pub.addAll(backToTgw);   // NAT replies to spokes and sites leave through the public table
                routeList(pub);
            }
        }

        /** A hub returns spoke and on-prem traffic to its TGW with summaries, keeping tables short. */
        private List<String> hubReturnRoutes(int i) {
            List<String> r = new ArrayList<>();
            if (!plan.hub[i]) {
                return r;
            }
            String tgw = "tgw/" + tgwName(plan.tgwOf[i]);
            r.add(route("10.0.0.0/8", tgw));
            if (plan.usesCgnat()) {
                r.add(route("100.64.0.0/10", tgw));
            }
            for (int s = 0; s < plan.sites; s++) {
                if (s % plan.tgws == plan.tgwOf[i]) {
                    r.add(route(plan.siteCidr(s), tgw));
                }
            }
            return r;
        }

        private void routeList(List<String> routes) throws IOException {
            if (routes.isEmpty()) {
                return;
            }
            put("        routes:");
            for (String r : routes) {
                put("          - " + r);
            }
        }

        private static String route(String destination, String target) {
            return "{destination: " + destination + ", target: " + target + "}";
        }

        private void endpoints(int i, String cidr) throws IOException {
            int mask = plan.endpointMask[i];
            if (mask == 0) {
                return;
            }
            put("    endpoints:");
            boolean anyInterface = false;
            for (int s = 0; s < SERVICES.length; s++) {
                if ((mask & (1 << s)) == 0) {
                    continue;
                }
                put("      " + SERVICES[s] + ":");
                if (s >= FIRST_GATEWAY_SERVICE) {
                    put("        type: gateway");
                    put("        service: " + SERVICES[s]);
                    put("        route_tables: [private" + (plan.hasPublicSubnet(i) ? ", public" : "") + "]");
                } else {
                    anyInterface = true;
                    put("        type: interface");
                    put("        service: " + SERVICES[s]);
                    line.setLength(0);
                    line.append("        subnets: [");
                    for (int j = 0; j < plan.azCount(i); j++) {
                        line.append(j == 0 ? "" : ", ").append(plan.subnetName(i, j));
                    }
                    line.append(']');
                    putLine();
                    put("        security_groups: [endpoints]");
                    if (plan.dualstack[i]) {
                        put("        ip_address_type: dualstack");
                    }
                }
                // Scoped to one service and the organisation, so not a full-access policy (VL701).
                put("        policy:");
                put("          Statement:");
                put("            - {Effect: Allow, Principal: \"*\", Action: \"" + ACTIONS[s]
                        + ":*\", Resource: \"*\", Condition: {StringEquals: {\"aws:PrincipalOrgID\": o-a1b2c3d4e5}}}");
            }
            if (anyInterface) {
                put("    security_groups:");
                put("      endpoints:");
                put("        ingress:");
                put("          - {protocol: tcp, ports: 443, source: " + cidr + "}");
            }
        }

        private void transitGateways() throws IOException {
            put("transit_gateways:");
            for (int t = 0; t < plan.tgws; t++) {
                int hubVpc = 2 * t;
                List<String> vpns = new ArrayList<>();
                for (int s = 0; s < plan.sites; s++) {
                    if (s % plan.tgws == t) {
                        vpns.add(siteName(s) + "-vpn");
                    }
                }
                put("  " + tgwName(t) + ":");
                put("    asn: " + (64512 + t));
                put("    route_tables:");
                // Spokes reach the internet through the hub and on-prem through the VPNs, not each other.
                put("      spokes:");
                put("        routes:");
                put("          - " + route("0.0.0.0/0", plan.vpcName(hubVpc)));
                if (!vpns.isEmpty()) {
                    put("        propagations: [" + String.join(", ", vpns) + "]");
                }
                List<String> egress = new ArrayList<>();
                List<String> onprem = new ArrayList<>();
                onprem.add(plan.vpcName(hubVpc));
                for (int i = 0; i < plan.base; i++) {
                    if (!plan.hub[i] && plan.tgwOf[i] == t) {
                        egress.add(plan.vpcName(i));
                        onprem.add(plan.vpcName(i));
                    }
                }
                egress.addAll(vpns);
                propagationTable("egress", egress);
                if (!vpns.isEmpty()) {
                    propagationTable("onprem", onprem);
                }
                put("    attachments:");
                for (int i = 0; i < plan.base; i++) {
                    if (plan.tgwOf[i] != t) {
                        continue;
                    }
                    line.setLength(0);
                    line.append("      ").append(plan.vpcName(i)).append(": {vpc: ").append(plan.vpcName(i))
                            .append(", subnets: [");
                    // One subnet in every AZ the VPC uses, so no subnet routes to an AZ the TGW misses (VL601).
                    for (int j = 0; j < plan.azCount(i); j++) {
                        line.append(j == 0 ? "" : ", ").append(plan.subnetName(i, j));
                    }
                    line.append("], route_table: ").append(plan.hub[i] ? "egress" : "spokes").append('}');
                    putLine();
                }
            }
            put("");
        }

        private void propagationTable(String name, List<String> propagations) throws IOException {
            if (propagations.isEmpty()) {
                put("      " + name + ": {}");
                return;
            }
            put("      " + name + ":");
            put("        propagations:");
            for (String p : propagations) {
                put("          - " + p);
            }
        }

        private void directConnectGateways() throws IOException {
            List<String> lines = new ArrayList<>();
            for (int s = 0; s < plan.sites; s++) {
                if (plan.dxVpcs[s].length == 0) {
                    continue;
                }
                lines.add("  dxgw-" + (s + 1) + ":");
                lines.add("    associations:");
                for (int v : plan.dxVpcs[s]) {
                    lines.add("      - {vpc: " + plan.vpcName(v) + "}");
                }
            }
            for (int k = 0; k < plan.plantSites.size(); k++) {
                int[] ps = plan.plantSites.get(k);
                if (ps[1] == 1) {
                    lines.add("  dxgw-" + plan.plantSiteName(k) + ":");
                    lines.add("    associations:");
                    lines.add("      - {vpc: " + plan.vpcName(ps[0]) + "}");
                }
            }
            if (lines.isEmpty()) {
                return;
            }
            put("direct_connect_gateways:");
            for (String l : lines) {
                put(l);
            }
            put("");
        }

        private void onprem() throws IOException {
            put("onprem:");
            for (int s = 0; s < plan.sites; s++) {
                String site = siteName(s);
                put("  " + site + ":");
                put("    cidrs: [" + plan.siteCidr(s) + "]");
                put("    connections:");
                put("      " + site + "-vpn: {type: vpn, transit_gateway: " + tgwName(s % plan.tgws)
                        + ", route_table: onprem}");
                if (plan.dxVpcs[s].length > 0) {
                    put("      " + site + "-dx: {type: direct_connect, direct_connect_gateway: dxgw-" + (s + 1) + "}");
                }
            }
            for (int k = 0; k < plan.plantSites.size(); k++) {
                int[] ps = plan.plantSites.get(k);
                String site = plan.plantSiteName(k);
                String conn = site + (ps[1] == 1 ? "-dx" : "-vpn");
                put("  " + site + ":");
                put("    cidrs: [" + plan.plantSiteCidr(k) + "]");
                put("    connections:");
                if (ps[1] == 1) {
                    put("      " + conn + ": {type: direct_connect, direct_connect_gateway: dxgw-" + site + "}");
                } else {
                    put("      " + conn + ": {type: vpn, vpc: " + plan.vpcName(ps[0]) + "}");
                }
                put("    routes:");
                put("      - " + route(Plan.cidr(plan.addr[ps[0]], plan.prefix), conn));
                put("      - " + route("pl/s3", conn));
            }
        }

        private static String tgwName(int t) {
            return "tgw-" + (t + 1);
        }

        private static String siteName(int s) {
            return "dc-" + (s + 1);
        }

        private void put(String s) throws IOException {
            w.write(s);
            w.write('\n');
        }

        private void putLine() throws IOException {
            line.append('\n');
            w.append(line);
        }
    }

    /** Counts characters written; the output is ASCII, so characters are bytes. */
    static final class CountingWriter extends FilterWriter {
        long count;

        CountingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(c);
            count++;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            count += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            out.write(s, off, len);
            count += len;
        }
    }
}
