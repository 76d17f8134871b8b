package dev.vpclint.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * A read-only index of values by network, answering overlap questions without a linear scan.
 *
 * <p>It relies on CIDRs never overlapping partially: two networks are nested or disjoint. So the
 * entries inside a query form one contiguous run of the entries sorted by first address, and the
 * entries containing it are the query's own enclosing networks, one per shorter prefix length.
 *
 * <p>Every answer is in a stable order: by {@link Cidr}, then by the order entries were given.
 */
public final class CidrIndex<T> {
    private static final Comparator<Map.Entry<Cidr, ?>> BY_CIDR = Comparator.comparing(Map.Entry::getKey);

    private final List<Map.Entry<Cidr, T>> sorted;
    private final Map<Cidr, List<Map.Entry<Cidr, T>>> byCidr;
    private final int[] ipv4PrefixLengths;
    private final int[] ipv6PrefixLengths;

    private CidrIndex(List<Map.Entry<Cidr, T>> sorted) {
        this.sorted = sorted;
        this.byCidr = new HashMap<>();
        TreeSet<Integer> ipv4Lengths = new TreeSet<>();
        TreeSet<Integer> ipv6Lengths = new TreeSet<>();
        for (Map.Entry<Cidr, T> entry : sorted) {
            Cidr cidr = entry.getKey();
            byCidr.computeIfAbsent(cidr, c -> new ArrayList<>()).add(entry);
            (cidr.isIpv6() ? ipv6Lengths : ipv4Lengths).add(cidr.prefixLength());
        }
        this.ipv4PrefixLengths = ipv4Lengths.stream().mapToInt(Integer::intValue).toArray();
        this.ipv6PrefixLengths = ipv6Lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    public static <T> CidrIndex<T> of(List<Map.Entry<Cidr, T>> entries) {
        return new CidrIndex<>(sortedCopy(entries));
    }

    public int size() {
        return sorted.size();
    }

    /** Entries equal to, containing, or inside the query. */
    public List<Map.Entry<Cidr, T>> overlapping(Cidr query) {
        List<Map.Entry<Cidr, T>> result = new ArrayList<>();
        addEnclosing(query, false, result);
        // From the query itself up to its last address: all of these lie inside it (or equal it).
        int from = firstIndexNotBefore(query);
        int to = firstIndexStartingAfter(query.isIpv6(), query.lastHi(), query.lastLo());
        result.addAll(sorted.subList(from, to));
        return result;
    }

    /** Entries equal to or containing the query, widest first. */
    public List<Map.Entry<Cidr, T>> containing(Cidr query) {
        List<Map.Entry<Cidr, T>> result = new ArrayList<>();
        addEnclosing(query, true, result);
        return result;
    }

    /** The entry with the longest prefix that contains the query; the first given on a tie. */
    public Optional<Map.Entry<Cidr, T>> longestMatch(Cidr query) {
        List<Map.Entry<Cidr, T>> matches = longestMatches(query);
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** Every entry at the longest prefix that contains the query, in the order given; empty when none does. */
    public List<Map.Entry<Cidr, T>> longestMatches(Cidr query) {
        int[] lengths = query.isIpv6() ? ipv6PrefixLengths : ipv4PrefixLengths;
        for (int i = lengths.length - 1; i >= 0; i--) {
            if (lengths[i] <= query.prefixLength()) {
                List<Map.Entry<Cidr, T>> matches = byCidr.get(query.network(lengths[i]));
                if (matches != null) return Collections.unmodifiableList(matches);
            }
        }
        return List.of();
    }

    /**
     * Calls {@code action} once for every unordered pair of overlapping entries, equal CIDRs
     * included, ordered by the first element of the pair and then the second (both in sorted
     * order). After sorting, the entries a given entry contains are exactly those that follow it
     * up to its last address, so a forward scan finds each pair with one comparison and stops
     * with one more: O(n log n + pairs).
     */
    public static <T> void forEachOverlappingPair(
            List<Map.Entry<Cidr, T>> entries, BiConsumer<Map.Entry<Cidr, T>, Map.Entry<Cidr, T>> action) {
        List<Map.Entry<Cidr, T>> sorted = sortedCopy(entries);
        for (int i = 0; i < sorted.size(); i++) {
            Cidr outer = sorted.get(i).getKey();
            for (int j = i + 1; j < sorted.size() && outer.contains(sorted.get(j).getKey()); j++) {
                action.accept(sorted.get(i), sorted.get(j));
            }
        }
    }

    private void addEnclosing(Cidr query, boolean includeEqual, List<Map.Entry<Cidr, T>> result) {
        // Ascending prefix lengths give widest first, which is also the sorted order.
        for (int length : query.isIpv6() ? ipv6PrefixLengths : ipv4PrefixLengths) {
            if (length > query.prefixLength() || (length == query.prefixLength() && !includeEqual)) {
                break;
            }
            List<Map.Entry<Cidr, T>> matches = byCidr.get(query.network(length));
            if (matches != null) {
                result.addAll(matches);
            }
        }
    }

    private int firstIndexNotBefore(Cidr query) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).getKey().compareTo(query) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int firstIndexStartingAfter(boolean ipv6, long hi, long lo) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startsAtOrBefore(sorted.get(mid).getKey(), ipv6, hi, lo)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean startsAtOrBefore(Cidr cidr, boolean ipv6, long hi, long lo) {
        if (cidr.isIpv6() != ipv6) {
            return ipv6; // every IPv4 network sorts before every IPv6 one
        }
        int byHi = Long.compareUnsigned(cidr.firstHi(), hi);
        return byHi < 0 || (byHi == 0 && Long.compareUnsigned(cidr.firstLo(), lo) <= 0);
    }

    // List.sort is stable, which is what keeps equal CIDRs in the order they were given.
    private static <T> List<Map.Entry<Cidr, T>> sortedCopy(List<Map.Entry<Cidr, T>> entries) {
        List<Map.Entry<Cidr, T>> copy = new ArrayList<>(entries.size());
        for (Map.Entry<Cidr, T> entry : entries) {
            Objects.requireNonNull(entry.getKey(), "entry without a CIDR");
            copy.add(entry);
        }
        copy.sort(BY_CIDR);
        return List.copyOf(copy);
    }
}
