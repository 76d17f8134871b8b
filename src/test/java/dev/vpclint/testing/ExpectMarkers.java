package dev.vpclint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The `# expect: VL201 "text"` markers of a fixture. A marker at the end of a line of YAML is about
 * that line; a marker on a line of its own is about the next line that holds YAML.
 */
public final class ExpectMarkers {
    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("(VL\\d{3})(?:\\s+\"([^\"]*)\")?");

    /** An expected finding: rule on line, whose message contains `text` (when not null). */
    public record Expected(int line, String rule, String text) {
        @Override
        public String toString() {
            return "line " + line + " " + rule + (text == null ? "" : " \"" + text + "\"");
        }
    }

    private ExpectMarkers() {
    }

    public static List<Expected> parse(String content) {
        String[] lines = content.split("\r?\n", -1);
        List<Expected> out = new ArrayList<>();
        List<Expected> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean ownLine = line.strip().startsWith("#");
            Matcher m = MARKER.matcher(line);
            if (!ownLine && !line.isBlank()) {
                for (Expected p : pending) out.add(new Expected(i + 1, p.rule(), p.text()));
                pending.clear();
            }
            if (!m.find()) continue;
            Matcher item = ITEM.matcher(m.group(1));
            while (item.find()) {
                Expected e = new Expected(i + 1, item.group(1), item.group(2));
                if (ownLine) pending.add(e);
                else out.add(e);
            }
        }
        if (!pending.isEmpty()) throw new IllegalArgumentException("marker(s) " + pending + " at the end of the file cover no line");
        return out;
    }
}
