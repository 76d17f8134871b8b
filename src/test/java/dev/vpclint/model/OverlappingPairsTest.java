package dev.vpclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlappingPairsTest {

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (CidrFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> List<List<Map.Entry<Cidr, T>>> pairs(List<Map.Entry<Cidr, T>> entries) {
        List<List<Map.Entry<Cidr, T>>> pairs = new ArrayList<>();
        CidrIndex.forEachOverlappingPair(entries, (first, second) -> pairs.add(List.of(first, second)));
        return pairs;
    }

    @Test
    void findsExactlyThePairsAFullComparisonFinds() {
        List<Map.Entry<Cidr, Integer>> entries = new RandomCidrs(7L).entries(2000);
        List<Map.Entry<Cidr, Integer>> sorted = new ArrayList<>(entries);
        sorted.sort(Map.Entry.comparingByKey());
        List<List<Map.Entry<Cidr, Integer>>> expected = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).getKey().overlaps(sorted.get(j).getKey())) {
                    expected.add(List.of(sorted.get(i), sorted.get(j)));
                }
            }
        }
        assertTrue(expected.size() > 10_000, "generator produced only " + expected.size() + " pairs");
        assertEquals(expected, pairs(entries));
    }

    @Test
    void pairsAreOrderedByFirstThenSecondAndIncludeEqualNetworks() {
        List<Map.Entry<Cidr, String>> entries = List.of(
                Map.entry(cidr("10.0.1.0/24"), "subnet-b"),
                Map.entry(cidr("10.0.0.0/16"), "vpc"),
                Map.entry(cidr("2001:db8::/32"), "v6"),
                Map.entry(cidr("10.0.0.0/24"), "subnet-a"),
                Map.entry(cidr("10.0.0.0/16"), "vpc-copy"),
                Map.entry(cidr("10.1.0.0/16"), "other-vpc"));
        List<String> described = pairs(entries).stream()
                .map(pair -> pair.get(0).getValue() + "+" + pair.get(1).getValue())
                .toList();
        assertEquals(List.of(
                "vpc+vpc-copy", "vpc+subnet-a", "vpc+subnet-b",
                "vpc-copy+subnet-a", "vpc-copy+subnet-b"), described);
    }

    @Test
    void ipv4AndIpv6DefaultRoutesDoNotPair() {
        List<Map.Entry<Cidr, String>> entries = List.of(
                Map.entry(Cidr.IPV6_ANY, "v6"), Map.entry(Cidr.IPV4_ANY, "v4"));
        assertEquals(List.of(), pairs(entries));
        assertEquals(List.of(), pairs(List.<Map.Entry<Cidr, String>>of()));
    }
}
