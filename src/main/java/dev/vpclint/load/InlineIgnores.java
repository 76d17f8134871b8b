package dev.vpclint.load;

import dev.vpclint.model.Loc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `# vpclint: ignore VL203 -- reason` comments of one file. A comment at the end of a line covers
 * that line; a comment on a line of its own covers the next line that holds YAML.
 */
public final class InlineIgnores {
    private static final Pattern IGNORE = Pattern.compile("#\\s*vpclint:\\s*ignore\\b(.*)$");

    /** The rules (ids or names) one comment silences, and its reason ("" when none was given). */
    public record Ignore(List<String> rules, String reason, Loc loc) {
    }

    private final Map<Integer, List<Ignore>> byCoveredLine = new HashMap<>();
    private final List<Ignore> all = new ArrayList<>();

    static InlineIgnores scan(String file, String content) {
        InlineIgnores out = new InlineIgnores();
        if (!content.contains("ignore")) return out; // most files have none; skip splitting large ones
        String[] lines = content.split("\r?\n", -1);
        List<Ignore> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            Matcher m = IGNORE.matcher(line);
            boolean ownLine = stripped.startsWith("#");
            if (!ownLine && !stripped.isEmpty() && !pending.isEmpty()) {
                out.byCoveredLine.computeIfAbsent(i + 1, k -> new ArrayList<>()).addAll(pending);
                pending.clear();
            }
            if (!m.find()) continue;
            String rest = m.group(1);
            int dash = rest.indexOf("--");
            String ids = dash < 0 ? rest : rest.substring(0, dash);
            String reason = dash < 0 ? "" : rest.substring(dash + 2).strip();
            List<String> rules = new ArrayList<>();
            for (String id : ids.split("[,\\s]+")) {
                if (!id.isBlank()) rules.add(id.strip());
            }
            Ignore ignore = new Ignore(rules, reason, new Loc(file, i + 1, m.start() + 1, ""));
            out.all.add(ignore);
            if (ownLine) pending.add(ignore);
            else out.byCoveredLine.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(ignore);
        }
        return out;
    }

    /** The ignore comment covering `line` for a rule known by `id` or `name`, or null. */
    public Ignore covering(int line, String id, String name) {
        for (Ignore ig : byCoveredLine.getOrDefault(line, List.of())) {
            if (ig.rules().contains(id) || ig.rules().contains(name)) return ig;
        }
        return null;
    }

    public List<Ignore> all() {
        return List.copyOf(all);
    }
}
