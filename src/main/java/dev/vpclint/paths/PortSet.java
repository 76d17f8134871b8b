package dev.vpclint.paths;

import dev.vpclint.model.PortRange;
import java.util.ArrayList;
import java.util.List;

/** A set of ports as sorted, disjoint ranges: what is still possible for a flow after each filter. */
public record PortSet(List<PortRange> ranges) {
    public static final PortSet ALL = of(PortRange.ALL);
    public static final PortSet NONE = new PortSet(List.of());

    public PortSet {
        ranges = List.copyOf(ranges);
    }

    public static PortSet of(PortRange r) {
        return new PortSet(List.of(r));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean isAll() {
        return ranges.size() == 1 && ranges.get(0).isAll();
    }

    public PortSet intersect(PortSet other) {
        List<PortRange> out = new ArrayList<>();
        for (PortRange a : ranges) {
            for (PortRange b : other.ranges) {
                int from = Math.max(a.from(), b.from());
                int to = Math.min(a.to(), b.to());
                if (from <= to) out.add(new PortRange(from, to));
            }
        }
        return normalised(out);
    }

    public PortSet union(PortSet other) {
        List<PortRange> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return normalised(all);
    }

    public PortSet minus(PortSet other) {
        List<PortRange> out = new ArrayList<>(ranges);
        for (PortRange cut : other.ranges) {
            List<PortRange> next = new ArrayList<>();
            for (PortRange r : out) {
                if (cut.to() < r.from() || cut.from() > r.to()) {
                    next.add(r);
                    continue;
                }
                if (r.from() < cut.from()) next.add(new PortRange(r.from(), cut.from() - 1));
                if (r.to() > cut.to()) next.add(new PortRange(cut.to() + 1, r.to()));
            }
            out = next;
        }
        return normalised(out);
    }

    private static PortSet normalised(List<PortRange> in) {
        List<PortRange> sorted = new ArrayList<>(in);
        sorted.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(a.to(), b.to()));
        List<PortRange> out = new ArrayList<>();
        for (PortRange r : sorted) {
            PortRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.from() <= last.to() + 1) out.set(out.size() - 1, new PortRange(last.from(), Math.max(last.to(), r.to())));
            else out.add(r);
        }
        return new PortSet(out);
    }

    @Override
    public String toString() {
        if (isAll()) return "any port";
        if (isEmpty()) return "no port";
        List<String> parts = new ArrayList<>();
        for (PortRange r : ranges) parts.add(r.toString());
        return String.join(",", parts);
    }
}
