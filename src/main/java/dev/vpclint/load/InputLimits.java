package dev.vpclint.load;

/**
 * Limits for untrusted input: a topology file arrives in a pull request and is read in CI.
 * Generous enough for 10,000-VPC topologies (about 21 MB), finite so a hostile file cannot
 * exhaust memory or time.
 */
public record InputLimits(long maxFileBytes, int maxDepth, long maxExpandedNodes) {

    /** SnakeYAML's own default (3 MB of code points) rejects large real topologies, hence 256 MiB. */
    public static final InputLimits DEFAULT = new InputLimits(256L * 1024 * 1024, 64, 20_000_000L);
}
