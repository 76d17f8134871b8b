package dev.vpclint.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, on the rule class itself (Error Prone's @BugPattern is the model). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    String id();

    String name();

    Severity severity();

    String summary();

    /** SARIF / GitHub tags; security rules add "security". */
    String[] tags() default {};
}
