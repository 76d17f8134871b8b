package dev.vpclint.model;

/**
 * An IPv4 or IPv6 network, held as a 128-bit value (IPv4 in the low 32 bits) so that both
 * versions share one code path for masks, containment and ordering.
 *
 * <p>Only networks exist here: host bits are always zero, because {@link #parse} rejects them
 * instead of silently masking what is usually a typo in a design.
 */
public final class Cidr implements Comparable<Cidr> {
    public static final Cidr IPV4_ANY = new Cidr(false, 0, 0, 0);
    public static final Cidr IPV6_ANY = new Cidr(true, 0, 0, 0);

    private final boolean ipv6;
    private final long hi;
    private final long lo;
    private final int prefixLength;
    /** Formatted once: traces and messages print the same CIDRs many times. */
    private String text;

    private Cidr(boolean ipv6, long hi, long lo, int prefixLength) {
        this.ipv6 = ipv6;
        this.hi = hi;
        this.lo = lo;
        this.prefixLength = prefixLength;
    }

    /** Strict: the prefix length is required and host bits must be zero. */
    public static Cidr parse(String text) throws CidrFormatException {
        return CidrParser.parse(text, true);
    }

    /** As {@link #parse}, but a bare address is read as a single host (/32 or /128). */
    public static Cidr parseAddressOrCidr(String text) throws CidrFormatException {
        return CidrParser.parse(text, false);
    }

    /** The network of the given bits, host bits cleared; the parser uses it to detect them. */
    static Cidr networkOf(boolean ipv6, long hi, long lo, int prefixLength) {
        int bits = bitsIn128(ipv6, prefixLength);
        return new Cidr(ipv6, hi & maskHi(bits), lo & maskLo(bits), prefixLength);
    }

    public boolean isIpv4() {
        return !ipv6;
    }

    public boolean isIpv6() {
        return ipv6;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public int maxPrefixLength() {
        return ipv6 ? 128 : 32;
    }

    public boolean isDefaultRoute() {
        return prefixLength == 0;
    }

    /** True if {@code other} is this network or lies inside it; never across IP versions. */
    public boolean contains(Cidr other) {
        if (other.ipv6 != ipv6 || other.prefixLength < prefixLength) {
            return false;
        }
        int bits = bitsIn128(ipv6, prefixLength);
        return (other.hi & maskHi(bits)) == hi && (other.lo & maskLo(bits)) == lo;
    }

    /** Two networks are either nested or disjoint, so overlap is containment either way. */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The network of a prefix no longer than this one that encloses it. */
    public Cidr network(int shorterPrefixLength) {
        if (shorterPrefixLength < 0 || shorterPrefixLength > prefixLength) {
            throw new IllegalArgumentException(
                    "prefix length " + shorterPrefixLength + " is not in 0-" + prefixLength + " for " + this);
        }
        return shorterPrefixLength == prefixLength ? this : networkOf(ipv6, hi, lo, shorterPrefixLength);
    }

    /**
     * The single address (/32 or /128) `offset` addresses into this network, or the network's last
     * address when it holds fewer: a stand-in host for path traces.
     */
    public Cidr hostAt(long offset) {
        int hostBits = maxPrefixLength() - prefixLength;
        long size = hostBits >= 63 ? Long.MAX_VALUE : 1L << hostBits;
        long step = Math.min(offset, size - 1);
        long newLo = lo + step;
        long newHi = Long.compareUnsigned(newLo, lo) < 0 ? hi + 1 : hi;
        return new Cidr(ipv6, newHi, newLo, maxPrefixLength());
    }

    /** The two networks one bit longer that make up this one (low half first); a host has none. */
    public Cidr[] halves() {
        if (isHost()) throw new IllegalStateException(this + " is a single address");
        int bit = bitsIn128(ipv6, prefixLength); // 0-based position, from the top of 128 bits, of the new bit
        long setHi = bit < 64 ? 1L << (63 - bit) : 0;
        long setLo = bit >= 64 ? 1L << (127 - bit) : 0;
        return new Cidr[] {new Cidr(ipv6, hi, lo, prefixLength + 1), new Cidr(ipv6, hi | setHi, lo | setLo, prefixLength + 1)};
    }

    public boolean isHost() {
        return prefixLength == maxPrefixLength();
    }

    public long firstHi() {
        return hi;
    }

    public long firstLo() {
        return lo;
    }

    public long lastHi() {
        return hi | ~maskHi(bitsIn128(ipv6, prefixLength));
    }

    public long lastLo() {
        return lo | ~maskLo(bitsIn128(ipv6, prefixLength));
    }

    /** IPv4 first, then by network address as an unsigned number, then the wider network first. */
    @Override
    public int compareTo(Cidr other) {
        if (ipv6 != other.ipv6) {
            return ipv6 ? 1 : -1;
        }
        int byHi = Long.compareUnsigned(hi, other.hi);
        if (byHi != 0) {
            return byHi;
        }
        int byLo = Long.compareUnsigned(lo, other.lo);
        return byLo != 0 ? byLo : Integer.compare(prefixLength, other.prefixLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other
                && ipv6 == other.ipv6 && hi == other.hi && lo == other.lo && prefixLength == other.prefixLength;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(hi);
        h = 31 * h + Long.hashCode(lo);
        h = 31 * h + prefixLength;
        return ipv6 ? ~h : h;
    }

    /** Canonical text: dotted quad, or RFC 5952 for IPv6, so equal networks always print alike. */
    @Override
    public String toString() {
        String t = text;
        if (t == null) text = t = (ipv6 ? CidrText.ipv6(hi, lo) : CidrText.ipv4((int) lo)) + "/" + prefixLength;
        return t;
    }

    // An IPv4 /p is the top 96 zero bits plus p, which lets one pair of masks serve both versions.
    private static int bitsIn128(boolean ipv6, int prefixLength) {
        return ipv6 ? prefixLength : 96 + prefixLength;
    }

    private static long maskHi(int bits) {
        return bits == 0 ? 0 : bits >= 64 ? -1L : -1L << (64 - bits);
    }

    private static long maskLo(int bits) {
        return bits <= 64 ? 0 : -1L << (128 - bits);
    }
}
