package dev.vpclint.engine;

/**
 * A VL0xx rule: its findings are raised by the loader and pass through here once per run, so
 * they are selected, re-graded and suppressed like any other rule's.
 */
public interface InputRule extends Rule {
    @Override
    default void check(RuleContext ctx) {
        ctx.inputProblems().forEach(p -> ctx.report(p.message(), p.loc(), p.related()));
    }
}
