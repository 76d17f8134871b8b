package dev.vpclint.cli;

/** The exit codes of cli.md: scripts and CI depend on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
