package dev.vpclint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random networks drawn from few bits of address space, so that nesting, duplicates and disjoint
 * neighbours are all common; a uniform draw would almost never produce an overlap.
 */
final class RandomCidrs {
    private final Random random;

    RandomCidrs(long seed) {
        this.random = new Random(seed);
    }

    Cidr next() {
        int kind = random.nextInt(100);
        if (kind == 0) {
            return Cidr.IPV4_ANY;
        }
        if (kind == 1) {
            return Cidr.IPV6_ANY;
        }
        String address;
        int prefixLength;
        if (kind < 60) {
            address = (random.nextBoolean() ? "10." : "192.") + random.nextInt(4) + "." + random.nextInt(4) * 64
                    + "." + random.nextInt(4) * 64;
            prefixLength = 4 + random.nextInt(29);
        } else {
            address = String.format("2600:%x:%x:%x::%x:0", random.nextInt(2), random.nextInt(4),
                    random.nextInt(4) << 14, random.nextInt(4) << 14);
            prefixLength = 8 + random.nextInt(121);
        }
        try {
            return Cidr.parseAddressOrCidr(address).network(prefixLength);
        } catch (CidrFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** Entries whose values are their insertion positions, so every entry is distinguishable. */
    List<Map.Entry<Cidr, Integer>> entries(int count) {
        List<Map.Entry<Cidr, Integer>> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(Map.entry(next(), i));
        }
        return entries;
    }
}
