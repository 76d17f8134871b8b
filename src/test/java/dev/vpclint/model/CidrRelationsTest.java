package dev.vpclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrRelationsTest {

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (CidrFormatException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}, overlaps: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.0/16    | 10.0.1.0/24               | true  | true
            10.0.0.0/16    | 10.0.0.0/16               | true  | true
            10.0.1.0/24    | 10.0.0.0/16               | false | true
            10.0.0.0/16    | 10.1.0.0/24               | false | false
            10.0.0.0/16    | 10.0.255.255/32           | true  | true
            10.0.0.0/16    | 10.1.0.0/32               | false | false
            0.0.0.0/0      | 255.255.255.255/32        | true  | true
            0.0.0.0/0      | ::/0                      | false | false
            ::/0           | 0.0.0.0/0                 | false | false
            ::/0           | 2001:db8::/32             | true  | true
            ::/96          | 0.0.0.0/0                 | false | false
            ::/0           | 10.0.0.0/8                | false | false
            2001:db8::/32  | 2001:db8:ffff:ffff::/64   | true  | true
            2001:db8::/32  | 2001:db9::/32             | false | false
            2001:db8::/64  | 2001:db8::1/128           | true  | true
            2001:db8::/64  | 2001:db8:0:1::/64         | false | false
            ::/64          | ::ffff:ffff:ffff:ffff/128 | true  | true
            ::/65          | ::8000:0:0:0/128          | false | false
            """)
    void containsMeansInsideOrEqualAndSameVersion(String outer, String inner, boolean contains, boolean overlaps) {
        assertEquals(contains, cidr(outer).contains(cidr(inner)));
        assertEquals(overlaps, cidr(outer).overlaps(cidr(inner)));
        assertEquals(overlaps, cidr(inner).overlaps(cidr(outer)));
    }

    @Test
    void ipv4AndIpv6NeverOverlapEvenWhenTheBitsMatch() {
        assertFalse(Cidr.IPV4_ANY.overlaps(Cidr.IPV6_ANY));
        assertFalse(cidr("::/96").overlaps(cidr("0.0.0.0/0")));
        assertFalse(cidr("0.0.0.0/32").overlaps(cidr("::/128")));
        assertNotEquals(cidr("0.0.0.0/0"), cidr("::/0"));
    }

    @Test
    void defaultRoutes() {
        assertEquals("0.0.0.0/0", Cidr.IPV4_ANY.toString());
        assertEquals("::/0", Cidr.IPV6_ANY.toString());
        assertTrue(Cidr.IPV4_ANY.isDefaultRoute());
        assertTrue(Cidr.IPV6_ANY.isDefaultRoute());
        assertEquals(Cidr.IPV4_ANY, cidr("0.0.0.0/0"));
        assertEquals(Cidr.IPV6_ANY, cidr("::/0"));
        assertFalse(cidr("0.0.0.0/1").isDefaultRoute());
        assertFalse(cidr("::/1").isDefaultRoute());
    }

    @Test
    void networkWidensToAShorterPrefix() {
        Cidr subnet = cidr("10.1.2.128/25");
        assertEquals(cidr("10.1.2.0/24"), subnet.network(24));
        assertEquals(cidr("10.0.0.0/8"), subnet.network(8));
        assertEquals(Cidr.IPV4_ANY, subnet.network(0));
        assertSame(subnet, subnet.network(25));
        assertEquals(cidr("2600:1f18::/32"), cidr("2600:1f18:1:100::/56").network(32));
        assertEquals(cidr("2600:1f18:1:100::/56"), cidr("2600:1f18:1:100:8000::/65").network(56));
        assertEquals(Cidr.IPV6_ANY, cidr("ffff::/16").network(0));
        assertThrows(IllegalArgumentException.class, () -> subnet.network(26));
        assertThrows(IllegalArgumentException.class, () -> subnet.network(-1));
    }

    @Test
    void firstAndLastAddressesBoundTheNetwork() {
        Cidr v4 = cidr("10.1.0.0/16");
        assertEquals(0L, v4.firstHi());
        assertEquals(0x0A01_0000L, v4.firstLo());
        assertEquals(0L, v4.lastHi());
        assertEquals(0x0A01_FFFFL, v4.lastLo());
        assertEquals(0xFFFF_FFFFL, Cidr.IPV4_ANY.lastLo());
        assertEquals(0L, Cidr.IPV4_ANY.lastHi());

        Cidr v6 = cidr("2001:db8::/32");
        assertEquals(0x2001_0db8_0000_0000L, v6.firstHi());
        assertEquals(0L, v6.firstLo());
        assertEquals(0x2001_0db8_ffff_ffffL, v6.lastHi());
        assertEquals(-1L, v6.lastLo());

        Cidr v6Low = cidr("::/72");
        assertEquals(0L, v6Low.lastHi());
        assertEquals(0x00FF_FFFF_FFFF_FFFFL, v6Low.lastLo());
        assertEquals(-1L, Cidr.IPV6_ANY.lastHi());
        assertEquals(-1L, Cidr.IPV6_ANY.lastLo());
    }

    @Test
    void sortsIpv4FirstThenByUnsignedAddressThenWiderFirst() {
        List<Cidr> expected = List.of(
                cidr("0.0.0.0/0"),
                cidr("10.0.0.0/8"),
                cidr("10.0.0.0/16"),
                cidr("10.0.1.0/24"),
                cidr("128.0.0.0/1"),
                cidr("255.255.255.255/32"),
                cidr("::/0"),
                cidr("::/96"),
                cidr("::1/128"),
                cidr("2001:db8::/32"),
                cidr("7fff::/16"),
                cidr("8000::/1"),
                cidr("8000::/16"),
                cidr("ffff::/16"),
                cidr("ffff:ffff:ffff:ffff:8000::/65"));
        List<Cidr> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
        assertEquals(0, cidr("10.0.0.0/8").compareTo(cidr("10.0.0.0/8")));
    }

    @Test
    void equalNetworksAreEqualAndHashAlike() {
        Cidr a = cidr("2600:1F18:0001:0100::/56");
        Cidr b = cidr("2600:1f18:1:100::/56");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(cidr("10.0.0.0/8"), cidr("10.0.0.0/9"));
        assertNotEquals(cidr("10.0.0.0/8"), cidr("11.0.0.0/8"));
        assertNotEquals(cidr("::a00:0/104"), cidr("10.0.0.0/8"));
        assertFalse(cidr("10.0.0.0/8").equals("10.0.0.0/8"));
    }
}
