package dev.vpclint.cli;

import dev.vpclint.testing.MemFs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the command line on an in-memory file system. */
record CliRun(int code, String out, String err) {
    static CliRun of(MemFs m, String... args) {
        return of(m, Map.of(), args);
    }

    static CliRun of(MemFs m, Map<String, String> vars, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Env(m.fs, m.cwd, vars, false), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
