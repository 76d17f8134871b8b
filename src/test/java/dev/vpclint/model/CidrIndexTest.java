package dev.vpclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CidrIndexTest {

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (CidrFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** The answer the index must give: a scan of every entry, in sorted-then-given order. */
    private static List<Map.Entry<Cidr, Integer>> scan(
            List<Map.Entry<Cidr, Integer>> entries, Predicate<Cidr> wanted) {
        List<Map.Entry<Cidr, Integer>> result = new ArrayList<>();
        for (Map.Entry<Cidr, Integer> entry : entries) {
            if (wanted.test(entry.getKey())) {
                result.add(entry);
            }
        }
        result.sort(Map.Entry.comparingByKey());
        return result;
    }

    private static Optional<Map.Entry<Cidr, Integer>> scanLongest(List<Map.Entry<Cidr, Integer>> entries, Cidr query) {
        Map.Entry<Cidr, Integer> best = null;
        for (Map.Entry<Cidr, Integer> entry : entries) {
            if (entry.getKey().contains(query)
                    && (best == null || entry.getKey().prefixLength() > best.getKey().prefixLength())) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }

    @Test
    void agreesWithAFullScanOnRandomNestedNetworks() {
        RandomCidrs random = new RandomCidrs(20240611L);
        List<Map.Entry<Cidr, Integer>> entries = random.entries(3000);
        CidrIndex<Integer> index = CidrIndex.of(entries);
        assertEquals(3000, index.size());

        int queriesWithBothSides = 0;
        for (int i = 0; i < 2000; i++) {
            // Half the queries are indexed networks, so exact matches and duplicates are exercised.
            Cidr query = i % 2 == 0 ? random.next() : entries.get(i).getKey();
            List<Map.Entry<Cidr, Integer>> containing = scan(entries, c -> c.contains(query));
            List<Map.Entry<Cidr, Integer>> overlapping = scan(entries, c -> c.overlaps(query));

            assertEquals(overlapping, index.overlapping(query), () -> "overlapping " + query);
            assertEquals(containing, index.containing(query), () -> "containing " + query);
            assertEquals(scanLongest(entries, query), index.longestMatch(query), () -> "longest match " + query);

            boolean hasInside = overlapping.stream().anyMatch(e -> !e.getKey().contains(query));
            boolean hasOutside = containing.stream().anyMatch(e -> !e.getKey().equals(query));
            if (hasInside && hasOutside) {
                queriesWithBothSides++;
            }
        }
        // Guards against a generator that stops producing nesting, which would make the test vacuous.
        assertTrue(queriesWithBothSides > 200, "only " + queriesWithBothSides + " queries had nesting both ways");
        assertTrue(new HashSet<>(entries.stream().map(Map.Entry::getKey).toList()).size() < entries.size(),
                "expected some duplicate networks");
    }

    @Test
    void answersInSortedOrderThenGivenOrder() {
        List<Map.Entry<Cidr, String>> entries = List.of(
                Map.entry(cidr("10.0.1.0/24"), "subnet-b"),
                Map.entry(cidr("10.0.0.0/16"), "vpc"),
                Map.entry(cidr("10.0.0.0/24"), "subnet-a"),
                Map.entry(cidr("10.0.0.0/16"), "vpc-again"),
                Map.entry(cidr("0.0.0.0/0"), "default"),
                Map.entry(cidr("10.1.0.0/16"), "other-vpc"),
                Map.entry(cidr("::/0"), "default-v6"));
        CidrIndex<String> index = CidrIndex.of(entries);

        assertEquals(List.of("default", "vpc", "vpc-again", "subnet-a", "subnet-b"),
                values(index.overlapping(cidr("10.0.0.0/16"))));
        assertEquals(List.of("default", "vpc", "vpc-again", "subnet-a"),
                values(index.overlapping(cidr("10.0.0.0/24"))));
        assertEquals(List.of("default", "vpc", "vpc-again"), values(index.containing(cidr("10.0.0.0/16"))));
        assertEquals(List.of("default", "vpc", "vpc-again", "subnet-b"),
                values(index.containing(cidr("10.0.1.7/32"))));
        assertEquals("subnet-b", index.longestMatch(cidr("10.0.1.7/32")).orElseThrow().getValue());
        assertEquals("vpc", index.longestMatch(cidr("10.0.2.0/24")).orElseThrow().getValue());
        assertEquals("default", index.longestMatch(cidr("192.168.0.0/16")).orElseThrow().getValue());
        assertEquals(List.of("default-v6"), values(index.overlapping(cidr("2001:db8::/32"))));
        assertEquals(List.of("default-v6"), values(index.overlapping(Cidr.IPV6_ANY)));
        assertEquals(6, index.overlapping(Cidr.IPV4_ANY).size());
    }

    @Test
    void emptyIndexAndMissesAnswerNothing() {
        CidrIndex<String> empty = CidrIndex.of(List.of());
        assertEquals(List.of(), empty.overlapping(Cidr.IPV4_ANY));
        assertEquals(List.of(), empty.containing(cidr("10.0.0.0/8")));
        assertEquals(Optional.empty(), empty.longestMatch(cidr("10.0.0.0/8")));

        CidrIndex<String> v4Only = CidrIndex.of(List.of(Map.entry(cidr("10.0.0.0/8"), "vpc")));
        assertEquals(List.of(), v4Only.overlapping(cidr("::a00:0/104")));
        assertEquals(Optional.empty(), v4Only.longestMatch(cidr("::a00:0/104")));
        assertEquals(List.of(), v4Only.overlapping(cidr("11.0.0.0/8")));
    }

    private static List<String> values(List<Map.Entry<Cidr, String>> entries) {
        return entries.stream().map(Map.Entry::getValue).toList();
    }
}
