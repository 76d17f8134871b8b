package dev.vpclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CidrParseTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("10.0.0.0/8", "10.0.0.0/8", 4, 8),
                Arguments.of("0.0.0.0/0", "0.0.0.0/0", 4, 0),
                Arguments.of("255.255.255.255/32", "255.255.255.255/32", 4, 32),
                Arguments.of("172.16.0.0/12", "172.16.0.0/12", 4, 12),
                Arguments.of("10.0.0.0/31", "10.0.0.0/31", 4, 31),
                Arguments.of("::/0", "::/0", 6, 0),
                Arguments.of("::/128", "::/128", 6, 128),
                Arguments.of("::1/128", "::1/128", 6, 128),
                Arguments.of("1::/16", "1::/16", 6, 16),
                Arguments.of("2001:db8::/32", "2001:db8::/32", 6, 32),
                Arguments.of("2001:DB8:0:0:0:0:0:0/32", "2001:db8::/32", 6, 32),
                Arguments.of("2001:0db8:0000:0000:0000:0000:0000:0001/128", "2001:db8::1/128", 6, 128),
                Arguments.of("1:2:3:4:5:6:7::/128", "1:2:3:4:5:6:7:0/128", 6, 128),
                Arguments.of("::2:3:4:5:6:7:8/128", "0:2:3:4:5:6:7:8/128", 6, 128),
                Arguments.of("fe80::/10", "fe80::/10", 6, 10),
                Arguments.of("::ffff:10.0.0.0/104", "::ffff:a00:0/104", 6, 104),
                Arguments.of("::10.0.0.1/128", "::a00:1/128", 6, 128),
                Arguments.of("1:2:3:4:5:6:10.0.0.1/128", "1:2:3:4:5:6:a00:1/128", 6, 128),
                Arguments.of("64:ff9b::192.0.2.33/128", "64:ff9b::c000:221/128", 6, 128));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("valid")
    void parsesValidCidrs(String text, String canonical, int version, int prefixLength) throws Exception {
        Cidr cidr = Cidr.parse(text);
        assertEquals(canonical, cidr.toString());
        assertEquals(version == 6, cidr.isIpv6());
        assertEquals(version == 4, cidr.isIpv4());
        assertEquals(prefixLength, cidr.prefixLength());
        assertEquals(version == 6 ? 128 : 32, cidr.maxPrefixLength());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(null, "CIDR is empty"),
                Arguments.of("", "CIDR is empty"),
                Arguments.of("10.0.0.0", "\"10.0.0.0\" has no prefix length"),
                Arguments.of("2001:db8::", "\"2001:db8::\" has no prefix length"),
                Arguments.of("10.0.0.1/16", "10.0.0.1/16 has host bits set; the network is 10.0.0.0/16"),
                Arguments.of("10.0.0.0/0", "10.0.0.0/0 has host bits set; the network is 0.0.0.0/0"),
                Arguments.of("2001:db8::1/64", "2001:db8::1/64 has host bits set; the network is 2001:db8::/64"),
                Arguments.of("2001:DB8:0:0:8000::/64",
                        "2001:DB8:0:0:8000::/64 has host bits set; the network is 2001:db8::/64"),
                Arguments.of(" 10.0.0.0/8", "\" 10.0.0.0/8\" contains whitespace"),
                Arguments.of("10.0.0.0/8 ", "\"10.0.0.0/8 \" contains whitespace"),
                Arguments.of("10.0.0.0/8/9", "\"10.0.0.0/8/9\" has more than one \"/\""),
                Arguments.of("/8", "\"/8\" has no address"),
                Arguments.of("10.0.0.0/", "\"10.0.0.0/\" has an empty prefix length"),
                Arguments.of("010.0.0.0/8", "octet \"010\" has a leading zero"),
                Arguments.of("10.00.0.0/8", "octet \"00\" has a leading zero"),
                Arguments.of("256.0.0.0/8", "octet 256 is out of range (0-255)"),
                Arguments.of("1000.0.0.0/8", "octet 1000 is out of range (0-255)"),
                Arguments.of("10.0.0/24", "\"10.0.0\" is not a dotted-quad IPv4 address"),
                Arguments.of("10.0.0.0.0/24", "\"10.0.0.0.0\" is not a dotted-quad IPv4 address"),
                Arguments.of("10..0.0/24", "\"10..0.0\" has an empty octet"),
                Arguments.of("10.0.0.-0/24", "octet \"-0\" is not a decimal number"),
                Arguments.of("１0.0.0.0/8", "octet \"１0\" is not a decimal number"),
                Arguments.of("10.0.0.x/24", "octet \"x\" is not a decimal number"),
                Arguments.of("vpc-main/16", "\"vpc-main\" is not a dotted-quad IPv4 address"),
                Arguments.of("10.0.0.0/33", "prefix length 33 is out of range for IPv4 (0-32)"),
                Arguments.of("10.0.0.0/1000", "prefix length 1000 is out of range for IPv4 (0-32)"),
                Arguments.of("10.0.0.0/08", "prefix length \"08\" has a leading zero"),
                Arguments.of("10.0.0.0/+8", "prefix length \"+8\" is not a decimal number"),
                Arguments.of("10.0.0.0/-1", "prefix length \"-1\" is not a decimal number"),
                Arguments.of("::/129", "prefix length 129 is out of range for IPv6 (0-128)"),
                Arguments.of(":::/0", "\":::\" contains \":::\""),
                Arguments.of("1::2::/32", "\"1::2::\" has more than one \"::\""),
                Arguments.of("1:2:3:4:5:6:7/128", "\"1:2:3:4:5:6:7\" has 7 groups; IPv6 needs 8 or \"::\""),
                Arguments.of("1:2:3:4:5:6:7:8:9/128", "\"1:2:3:4:5:6:7:8:9\" has 9 groups; IPv6 needs 8 or \"::\""),
                Arguments.of("1:2:3:4::5:6:7:8/128", "\"1:2:3:4::5:6:7:8\" has too many groups to also use \"::\""),
                Arguments.of("1:2:3:4:5:6:7:1.2.3.4/128",
                        "\"1:2:3:4:5:6:7:1.2.3.4\" has 9 groups; IPv6 needs 8 or \"::\""),
                Arguments.of("1:/16", "\"1:\" has an empty group"),
                Arguments.of(":1::/16", "\":1::\" has an empty group"),
                Arguments.of("12345::/16", "group \"12345\" has more than 4 hex digits"),
                Arguments.of("00000::/16", "group \"00000\" has more than 4 hex digits"),
                Arguments.of("2001:db8::１/128", "group \"１\" is not hexadecimal"),
                Arguments.of("2001:db8::g/128", "group \"g\" is not hexadecimal"),
                Arguments.of("fe80::1%eth0/128", "\"fe80::1%eth0\" has a zone id, which a CIDR cannot have"),
                Arguments.of("10.0.0.0::/96", "\"10.0.0.0::\" has an IPv4 part that is not at the end"),
                Arguments.of("::10.0.0.1:0/128", "\"::10.0.0.1:0\" has an IPv4 part that is not at the end"),
                Arguments.of("::ffff:10.0.0.256/128", "octet 256 is out of range (0-255)"),
                Arguments.of("::ffff:10.0.0/128", "\"10.0.0\" is not a dotted-quad IPv4 address"),
                Arguments.of("::ffff:010.0.0.0/104", "octet \"010\" has a leading zero"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("invalid")
    void rejectsInvalidCidrsWithReason(String text, String message) {
        CidrFormatException thrown = assertThrows(CidrFormatException.class, () -> Cidr.parse(text));
        assertEquals(message, thrown.getMessage());
    }

    @Test
    void bareAddressIsASingleHostWhenAllowed() throws Exception {
        assertEquals("10.0.0.1/32", Cidr.parseAddressOrCidr("10.0.0.1").toString());
        assertEquals("2001:db8::1/128", Cidr.parseAddressOrCidr("2001:DB8::1").toString());
        assertEquals("::/128", Cidr.parseAddressOrCidr("::").toString());
        assertEquals("10.0.0.0/8", Cidr.parseAddressOrCidr("10.0.0.0/8").toString());
    }

    @Test
    void bareAddressStillRejectsWhatParseRejects() {
        assertEquals("10.0.0.1/8 has host bits set; the network is 10.0.0.0/8",
                assertThrows(CidrFormatException.class, () -> Cidr.parseAddressOrCidr("10.0.0.1/8")).getMessage());
        assertEquals("octet \"01\" has a leading zero",
                assertThrows(CidrFormatException.class, () -> Cidr.parseAddressOrCidr("10.0.0.01")).getMessage());
    }
}
