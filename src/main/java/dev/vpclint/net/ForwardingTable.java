package dev.vpclint.net;

import dev.vpclint.model.Cidr;
import dev.vpclint.model.CidrIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An effective forwarding table (a VPC route table, a TGW route table, an on-prem site's routes):
 * every entry, implicit ones included, with longest-prefix-match look-up and AWS's tie-breaks. A
 * look-up is an index probe per distinct prefix length, never a scan of the entries.
 */
public final class ForwardingTable {
    private final String id;
    private final List<FwdEntry> entries;
    private final List<FwdEntry> cidrEntries = new ArrayList<>();
    private final List<FwdEntry> serviceEntries = new ArrayList<>();
    /** Built on the first look-up, and only for tables too long to scan: most tables are never looked up. */
    private CidrIndex<FwdEntry> byCidr;
    private static final int SCAN_LIMIT = 16;

    ForwardingTable(String id, List<FwdEntry> entries) {
        this.id = id;
        this.entries = List.copyOf(entries);
        for (FwdEntry e : entries) {
            if (e.cidr() != null) cidrEntries.add(e);
            else serviceEntries.add(e);
        }
    }

    /** The table's object id, e.g. `rtb/app/private`, `tgw-rtb/core/spokes`, `onprem/dc1`. */
    public String id() {
        return id;
    }

    public List<FwdEntry> entries() {
        return entries;
    }

    /**
     * The entries that win for `dst`: the longest matching prefix, and among entries for that
     * prefix those of the best origin rank (several = equal-cost alternatives). A service address
     * matches its own prefix-list entries first (they are more specific than a default route),
     * then default routes; "the internet" matches default routes only.
     */
    public List<FwdEntry> lookup(Address dst) {
        if (dst instanceof Address.Host h) return best(longestMatches(h.host()));
        if (dst instanceof Address.Service s && s.managedList() != null && !s.ipv6()) {
            List<FwdEntry> own = serviceEntries.stream().filter(e -> e.service().equals(s.managedList())).toList();
            if (!own.isEmpty()) return best(own);
        }
        return best(longestMatches(dst.ipv6() ? Cidr.IPV6_ANY : Cidr.IPV4_ANY));
    }

    /** The entries with the longest prefix containing `query` (a host, or a default route for "the internet"). */
    private List<FwdEntry> longestMatches(Cidr query) {
        if (cidrEntries.size() <= SCAN_LIMIT) {
            int longest = -1;
            List<FwdEntry> out = new ArrayList<>();
            for (FwdEntry e : cidrEntries) {
                if (!e.cidr().contains(query) || e.cidr().prefixLength() < longest) continue;
                if (e.cidr().prefixLength() > longest) {
                    longest = e.cidr().prefixLength();
                    out.clear();
                }
                out.add(e);
            }
            return out;
        }
        synchronized (this) {
            if (byCidr == null) {
                List<Map.Entry<Cidr, FwdEntry>> cidrs = new ArrayList<>();
                for (FwdEntry e : cidrEntries) cidrs.add(Map.entry(e.cidr(), e));
                byCidr = CidrIndex.of(cidrs);
            }
        }
        return byCidr.longestMatches(query).stream().map(Map.Entry::getValue).toList();
    }

    private static List<FwdEntry> best(List<FwdEntry> candidates) {
        int rank = Integer.MAX_VALUE;
        for (FwdEntry e : candidates) rank = Math.min(rank, e.origin().rank);
        List<FwdEntry> out = new ArrayList<>();
        for (FwdEntry e : candidates) {
            if (e.origin().rank == rank) out.add(e);
        }
        return out;
    }
}
