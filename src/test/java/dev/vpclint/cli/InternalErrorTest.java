package dev.vpclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclint.testing.MemFs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A bug is exit 3 with one line on stderr; the stack trace only with --verbose. */
class InternalErrorTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    /** picocli passes only Exceptions to its handler; an Error used to escape as a JVM stack trace and exit 1. */
    @Command(name = "overflow")
    static final class Overflow implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    static String[] run(MemFs m, String... args) {
        CommandLine cl = Main.commandLine(new Env(m.fs, m.cwd, Map.of(), false));
        cl.addSubcommand(new Boom());
        cl.addSubcommand(new Overflow());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(cl, new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void oneLineWithoutVerbose() throws Exception {
        try (MemFs m = new MemFs()) {
            String[] r = run(m, "boom");
            assertEquals("3", r[0]);
            assertEquals("", r[1]);
            assertEquals("vpclint: internal error: java.lang.IllegalStateException: a bug (please report it; --verbose shows the stack trace)\n", r[2]);
        }
    }

    @Test
    void anErrorIsOneLineAndExitThree() throws Exception {
        try (MemFs m = new MemFs()) {
            String[] r = run(m, "overflow");
            assertEquals("3", r[0]);
            assertEquals("vpclint: internal error: java.lang.StackOverflowError (please report it; --verbose shows the stack trace)\n", r[2]);
        }
    }

    @Test
    void stackTraceWithVerbose() throws Exception {
        try (MemFs m = new MemFs()) {
            String[] r = run(m, "boom", "--verbose");
            assertEquals("3", r[0]);
            assertTrue(r[2].contains("\tat dev.vpclint.cli.InternalErrorTest$Boom.call"), r[2]);
        }
    }
}
