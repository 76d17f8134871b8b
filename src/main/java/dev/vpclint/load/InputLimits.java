package dev.vpclint.load;

/**
 * Limits for untrusted input: a topology file arrives in a pull request and is read in CI. Each
 * bounds memory and time, not only a count: generous enough for 10,000-VPC topologies (about 21 MB,
 * 1.5 million nodes), finite so a hostile file cannot exhaust either. The README's "Input limits"
 * section states them; keep the two in step.
 *
 * @param maxFileBytes   bytes in one file (SnakeYAML's own default of 3 MB rejects large real topologies)
 * @param maxDepth       nesting of mappings and lists
 * @param maxAliasNodes  nodes that aliases may add beyond those written: aliased subtrees are shared
 *                       while reading, but each alias of a VPC or subnet still becomes an object
 * @param maxLineChars   characters on one line of YAML: SnakeYAML's reader copies its whole window
 *                       for each 1,024 characters it reads inside one token, so a 4 MB line costs
 *                       about 8 s and a gigabyte (JSON topologies are read by Jackson's JSON parser,
 *                       which has no such cost, and are exempt)
 */
public record InputLimits(long maxFileBytes, int maxDepth, long maxAliasNodes, int maxLineChars) {

    public static final InputLimits DEFAULT = new InputLimits(256L * 1024 * 1024, 64, 250_000L, 128 * 1024);
}
