package dev.vpclint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PortRangeTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of(443, new PortRange(443, 443), "443"),
                Arguments.of(0, new PortRange(0, 0), "0"),
                Arguments.of(65535, new PortRange(65535, 65535), "65535"),
                Arguments.of("443", new PortRange(443, 443), "443"),
                Arguments.of("1024-65535", new PortRange(1024, 65535), "1024-65535"),
                Arguments.of("80-80", new PortRange(80, 80), "80"),
                Arguments.of("0-65535", PortRange.ALL, "all"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("valid")
    void parsesNumbersAndRanges(Object yaml, PortRange expected, String text) {
        PortRange parsed = PortRange.parse(yaml);
        assertEquals(expected, parsed);
        assertEquals(text, parsed.toString());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(null, "port range must be a number or text like \"443\" or \"1024-65535\", not null"),
                Arguments.of(true, "port range must be a number or text like \"443\" or \"1024-65535\", not true"),
                Arguments.of(443.0, "port range must be a number or text like \"443\" or \"1024-65535\", not 443.0"),
                Arguments.of(-1, "port -1 is out of range (0-65535)"),
                Arguments.of(65536, "port 65536 is out of range (0-65535)"),
                Arguments.of("65536", "port 65536 is out of range (0-65535)"),
                Arguments.of("1000000", "port 1000000 is out of range (0-65535)"),
                Arguments.of("", notAPortRange("")),
                Arguments.of(" 443", notAPortRange(" 443")),
                Arguments.of("+443", notAPortRange("+443")),
                Arguments.of("https", notAPortRange("https")),
                Arguments.of("0443", "port \"0443\" has a leading zero"),
                Arguments.of("-1", notAPortRange("-1")),
                Arguments.of("1024-", notAPortRange("1024-")),
                Arguments.of("1-2-3", notAPortRange("1-2-3")),
                Arguments.of("2000-1000", "port range \"2000-1000\" runs backwards"),
                Arguments.of("８０", notAPortRange("８０")),
                Arguments.of("all", notAPortRange("all")));
    }

    private static String notAPortRange(String text) {
        return "port range \"" + text + "\" is not a port like \"443\" or a range like \"1024-65535\"";
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalid")
    void rejectsAnythingElseWithOneLineReason(Object yaml, String message) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> PortRange.parse(yaml));
        assertEquals(message, thrown.getMessage());
    }

    @Test
    void constructorRefusesRangesOutsidePortSpace() {
        assertThrows(IllegalArgumentException.class, () -> new PortRange(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(10, 65536));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(20, 10));
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        PortRange ephemeral = new PortRange(1024, 65535);
        assertTrue(ephemeral.contains(1024));
        assertTrue(ephemeral.contains(65535));
        assertFalse(ephemeral.contains(1023));
        assertTrue(PortRange.ALL.contains(0));
    }

    @Test
    void overlapsWhenTheRangesShareAPort() {
        PortRange web = new PortRange(80, 443);
        assertTrue(web.overlaps(new PortRange(443, 8443)));
        assertTrue(web.overlaps(new PortRange(0, 80)));
        assertTrue(web.overlaps(new PortRange(100, 200)));
        assertTrue(new PortRange(100, 200).overlaps(web));
        assertFalse(web.overlaps(new PortRange(444, 8443)));
        assertFalse(web.overlaps(new PortRange(0, 79)));
        assertTrue(PortRange.ALL.overlaps(new PortRange(22, 22)));
    }

    @Test
    void allIsOnlyTheWholePortSpace() {
        assertTrue(PortRange.ALL.isAll());
        assertEquals(new PortRange(0, 65535), PortRange.ALL);
        assertFalse(new PortRange(1, 65535).isAll());
        assertFalse(new PortRange(0, 65534).isAll());
        assertEquals("0-65534", new PortRange(0, 65534).toString());
    }
}
