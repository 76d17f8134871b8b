package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO blocks a reader forever and /dev/zero never ends, so neither may be read: each is a
 * located finding, wherever it is met. On a real file system, since Jimfs has no FIFOs or devices.
 * (The timeout only turns a regression into a failure instead of a hung build.)
 */
@EnabledOnOs(OS.LINUX)
@Timeout(30)
class SpecialFilesTest {

    @TempDir
    Path dir;

    private void mkfifo(Path p) throws IOException, InterruptedException {
        Process p1 = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, p1.waitFor());
    }

    private String load(Path... inputs) throws InputException {
        LoadResult r = new Loader(dir, InputLimits.DEFAULT).load(List.of(inputs));
        return r.problems().stream().map(p -> p.loc() + " " + p.ruleId() + " " + p.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void aFifoNamedOnTheCommandLineIsAFinding() throws Exception {
        mkfifo(dir.resolve("pipe.yaml"));
        assertEquals("pipe.yaml:1:1 VL001 not a regular file (a FIFO); vpclint reads only regular files", load(dir.resolve("pipe.yaml")));
    }

    @Test
    void aLinkToADeviceIsAFinding() throws Exception {
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertEquals("zero.yaml:1:1 VL001 not a regular file (a character device); vpclint reads only regular files",
                load(dir.resolve("zero.yaml")));
    }

    @Test
    void aFifoInAFolderIsAFindingNotASilentSkip() throws Exception {
        mkfifo(dir.resolve("pipe.yaml"));
        Files.writeString(dir.resolve("net.yaml"), "vpclint: 1\n");
        assertEquals("pipe.yaml:1:1 VL001 not a regular file (a FIFO); vpclint reads only regular files", load(dir));
    }

    @Test
    void anIncludedFifoOrDeviceIsAnIncludeFinding() throws Exception {
        mkfifo(dir.resolve("pipe.yaml"));
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("net.yml"), "vpclint: 1\ninclude: [pipe.yaml, zero.yaml]\n");
        assertEquals("""
                net.yml:2:11 VL006 include 'pipe.yaml' is a FIFO; include regular files
                net.yml:2:22 VL006 include 'zero.yaml' is a character device; include regular files""",
                load(dir.resolve("net.yml")));
    }
}
