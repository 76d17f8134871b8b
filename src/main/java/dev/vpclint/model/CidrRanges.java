package dev.vpclint.model;

import java.util.ArrayList;
import java.util.List;

/** Set arithmetic on CIDRs: what is left of a network once others are taken out, as the fewest CIDRs. */
public final class CidrRanges {
    private CidrRanges() {
    }

    /** The parts of `whole` covered by none of `cuts`, in address order. */
    public static List<Cidr> minus(Cidr whole, List<Cidr> cuts) {
        List<Cidr> out = new ArrayList<>();
        subtract(whole, cuts, out);
        return out;
    }

    private static void subtract(Cidr piece, List<Cidr> cuts, List<Cidr> out) {
        List<Cidr> inside = new ArrayList<>();
        for (Cidr c : cuts) {
            if (c.contains(piece)) return;
            if (piece.contains(c)) inside.add(c);
        }
        if (inside.isEmpty()) {
            out.add(piece);
            return;
        }
        // Split in halves: each half keeps only the cuts inside it, so the work follows the cuts, not the address space.
        for (Cidr half : piece.halves()) subtract(half, inside, out);
    }
}
