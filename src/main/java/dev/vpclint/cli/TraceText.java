package dev.vpclint.cli;

import dev.vpclint.paths.Attempt;
import dev.vpclint.paths.Flow;
import dev.vpclint.paths.Hop;
import dev.vpclint.paths.Reason;
import dev.vpclint.paths.TraceResult;
import dev.vpclint.paths.Verdict;
import dev.vpclint.paths.Walk;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text trace: a verdict line, the hops there and back of the attempt that explains it (every
 * attempt with --verbose), where and why it stopped, and how many attempts got through. Hop
 * objects are padded to one column so the texts line up. ASCII only ("--", not a dash), so the
 * bytes are the same whatever the terminal's charset.
 */
final class TraceText {
    private final boolean verbose;

    TraceText(boolean verbose) {
        this.verbose = verbose;
    }

    void write(TraceResult r, PrintWriter out) {
        List<Attempt> shown = verbose ? r.attempts() : List.of(r.chosen());
        int objectWidth = 0;
        int numberWidth = 1;
        for (Attempt a : shown) {
            for (Walk w : walks(a)) {
                for (Hop h : w.hops()) objectWidth = Math.max(objectWidth, h.object().length());
                numberWidth = Math.max(numberWidth, String.valueOf(w.hops().size()).length());
            }
        }
        out.println("trace " + flow(r.flow()) + ": " + word(r.verdict()));
        int n = r.attempts().size();
        for (int index = 1; index <= n; index++) {
            Attempt a = r.attempts().get(index - 1);
            if (!verbose && a != r.chosen()) continue;
            if (n > 1) {
                if (verbose) out.println();
                String mark = verbose && a == r.chosen() ? " (explains the verdict)" : "";
                out.println("attempt " + index + " of " + n + ": " + a.source().object() + " -> " + a.goal().object()
                        + " (IPv" + ipVersion(a) + ")" + (verbose ? ": " + word(a.verdict()) : "") + mark);
            }
            attempt(a, out, objectWidth, numberWidth);
        }
        if (n > 1) {
            long reachable = r.attempts().stream().filter(a -> a.verdict() == Verdict.REACHABLE).count();
            long unknown = r.attempts().stream().filter(a -> a.verdict() == Verdict.UNKNOWN).count();
            if (verbose) out.println();
            out.println(reachable + " of " + n + " attempts reachable" + (unknown == 0 ? "" : ", " + unknown + " cannot tell")
                    + (verbose ? "" : " (--verbose prints every attempt)"));
        }
    }

    private static void attempt(Attempt a, PrintWriter out, int objectWidth, int numberWidth) {
        out.println("there:");
        hops(a.there(), out, objectWidth, numberWidth);
        if (a.back() == null) {
            out.println(a.verdict() == Verdict.UNKNOWN ? "back: not traced, since it is not known whether the packet arrives"
                    : "back: not traced, since the packet never arrived");
        } else {
            out.println("back:");
            hops(a.back(), out, objectWidth, numberWidth);
        }
        if (a.verdict() == Verdict.REACHABLE) return;
        Hop stop = stopWalk(a).stop();
        Reason reason = stopReason(a);
        String where = stop == null ? "" : " at " + stop.object();
        String lead = a.verdict() == Verdict.UNKNOWN ? "cannot tell" + where
                : (a.there().delivered() ? "the reply stopped" : "stopped") + where;
        out.println(lead + ": " + reason.name() + " -- " + reason.meaning
                + (reason.reachabilityAnalyzer ? " (Reachability Analyzer code)" : " (vpclint code)"));
    }

    /** The walk that did not get through: there, else the reply. */
    static Walk stopWalk(Attempt a) {
        return a.there().delivered() ? a.back() : a.there();
    }

    /** Why an attempt that is not reachable stopped: its walk's reason, else its stop hop's. */
    static Reason stopReason(Attempt a) {
        Walk w = stopWalk(a);
        Hop stop = w.stop();
        if (w.reason() != null) return w.reason();
        return stop != null && stop.reason() != null ? stop.reason() : Reason.UNKNOWN;
    }

    private static void hops(Walk w, PrintWriter out, int objectWidth, int numberWidth) {
        if (w.hops().isEmpty()) {
            out.println("  (no hop)");
            return;
        }
        int i = 0;
        for (Hop h : w.hops()) {
            i++;
            String number = String.format(Locale.ROOT, "%" + numberWidth + "d", i);
            String object = String.format(Locale.ROOT, "%-" + objectWidth + "s", h.object());
            out.println("  " + number + ". " + object + "  " + h.text() + (h.loc() == null ? "" : "  (" + h.loc() + ")"));
        }
    }

    private static List<Walk> walks(Attempt a) {
        List<Walk> out = new ArrayList<>();
        out.add(a.there());
        if (a.back() != null) out.add(a.back());
        return out;
    }

    static int ipVersion(Attempt a) {
        return a.source().address().ipv6() ? 6 : 4;
    }

    static String word(Verdict v) {
        return switch (v) {
            case REACHABLE -> "reachable";
            case UNREACHABLE -> "not reachable";
            case UNKNOWN -> "cannot tell";
        };
    }

    /** `subnet/app/app-a -> internet (tcp 443)`; `(tcp, any port)` without --port; `(icmp)` for protocols without ports. */
    static String flow(Flow f) {
        String proto = f.protocol().word();
        boolean ported = f.protocol() == dev.vpclint.model.Protocol.TCP || f.protocol() == dev.vpclint.model.Protocol.UDP;
        String what = !ported ? proto : f.ports().isAll() ? proto + ", any port" : proto + " " + f.ports();
        if (f.protocol() == dev.vpclint.model.Protocol.ALL) what = "all protocols";
        return end(f.from()) + " -> " + end(f.to()) + " (" + what + ")";
    }

    /** An end as the user would write it: a single address without its `/32` or `/128`. */
    static String end(dev.vpclint.model.IntentEnd e) {
        String s = e.toString();
        return e.kind() == dev.vpclint.model.IntentEnd.Kind.ADDRESS && e.cidr().isHost() ? s.substring(0, s.indexOf('/')) : s;
    }
}
