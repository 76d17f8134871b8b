package dev.vpclint.engine;

/** A check over the whole loaded network; reports through the context, never throws on bad input. */
public interface Rule {
    void check(RuleContext ctx);

    default RuleInfo info() {
        RuleInfo info = getClass().getAnnotation(RuleInfo.class);
        if (info == null) throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
        return info;
    }
}
