package dev.vpclint.report;

import dev.vpclint.engine.Finding;
import dev.vpclint.engine.Severity;
import java.util.List;

/** One run's outcome, as every writer sees it. */
public record Report(String version, List<String> files, List<Finding> findings) {
    public Report {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == s).count();
    }

    public long suppressed() {
        return findings.stream().filter(Finding::suppressed).count();
    }
}
