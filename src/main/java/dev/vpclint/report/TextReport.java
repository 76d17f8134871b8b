package dev.vpclint.report;

import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compiler-style lines (`FILE:LINE:COL: SEVERITY VLnnn name: message`), then a summary and where to
 * read more. Suppressed findings are counted, not printed. What the input controls is printed
 * through {@link Printable}: one finding, one line.
 */
public final class TextReport implements ReportWriter {
    private static final String RESET = "\u001b[0m";
    private final boolean color;
    private final boolean quiet;

    public TextReport(boolean color, boolean quiet) {
        this.color = color;
        this.quiet = quiet;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        TreeSet<String> fired = new TreeSet<>();
        for (Finding f : report.findings()) {
            if (f.suppressed()) continue;
            fired.add(f.ruleId());
            out.write(paint(Printable.of(f.loc().toString()), "\u001b[1m") + ": " + paint(f.severity().label(), colorOf(f.severity()))
                    + " " + f.ruleId() + " " + f.ruleName() + ": " + Printable.of(f.message()) + "\n");
        }
        if (quiet) return;
        out.write(summary(report) + "\n");
        for (String id : fired) out.write("See: vpclint explain " + id + "\n");
    }

    static String summary(Report r) {
        List<String> parts = new ArrayList<>();
        count(parts, r.count(Severity.ERROR), "error");
        count(parts, r.count(Severity.WARNING), "warning");
        count(parts, r.count(Severity.NOTE), "note");
        String what = parts.isEmpty() ? "no findings" : String.join(", ", parts);
        String files = r.files().size() == 1 ? "1 file" : r.files().size() + " files";
        String suppressed = r.suppressed() == 0 ? "" : " (" + r.suppressed() + " suppressed)";
        return what + " in " + files + suppressed;
    }

    private static void count(List<String> parts, long n, String word) {
        if (n > 0) parts.add(n + " " + word + (n == 1 ? "" : "s"));
    }

    private String paint(String text, String code) {
        return color ? code + text + RESET : text;
    }

    private static String colorOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case NOTE -> "\u001b[36m";
        };
    }
}
