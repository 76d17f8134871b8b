package dev.vpclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2600:1F18:0001:0100:0000:0000:0000:0000/56 | 2600:1f18:1:100::/56
            2001:db8:0:0:1:0:0:1/128                   | 2001:db8::1:0:0:1/128
            2001:0:0:1:0:0:0:1/128                     | 2001:0:0:1::1/128
            2001:db8:0:1:1:1:1:1/128                   | 2001:db8:0:1:1:1:1:1/128
            0:0:0:0:0:0:0:0/0                          | ::/0
            0:0:0:0:0:0:0:1/128                        | ::1/128
            1:0:0:0:0:0:0:0/16                         | 1::/16
            1:0:0:0:0:0:0:1/128                        | 1::1/128
            0:1:0:0:0:0:0:0/32                         | 0:1::/32
            1:0:1:0:1:0:1:0/128                        | 1:0:1:0:1:0:1:0/128
            FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF/128 | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128
            ::ffff:192.168.0.0/112                     | ::ffff:c0a8:0/112
            10.1.2.0/24                                | 10.1.2.0/24
            """)
    void printsCanonicalTextThatParsesBackToTheSameNetwork(String text, String canonical) throws Exception {
        Cidr cidr = Cidr.parse(text);
        assertEquals(canonical, cidr.toString());
        Cidr reparsed = Cidr.parse(canonical);
        assertEquals(cidr, reparsed);
        assertEquals(canonical, reparsed.toString());
    }
}
