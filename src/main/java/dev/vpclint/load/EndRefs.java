package dev.vpclint.load;

import dev.vpclint.model.IntentEnd;
import dev.vpclint.model.Loc;

/** The flow-end grammar of intents, for callers outside the loader (`vpclint trace --from/--to`): one grammar everywhere. */
public final class EndRefs {
    private EndRefs() {
    }

    /** Parses `text` as an intent end located at `at`; throws with a one-line message listing the accepted forms. */
    public static IntentEnd parse(String text, Loc at) {
        RefSyntax syntax = new RefSyntax();
        IntentEnd end = syntax.intentEnd(text, at);
        if (end != null) return end;
        String detail = syntax.error == null || syntax.error.isEmpty() ? "" : " (" + syntax.error + ")";
        throw new IllegalArgumentException("'" + text + "' must be " + RefSyntax.END_FORMS + detail);
    }
}
