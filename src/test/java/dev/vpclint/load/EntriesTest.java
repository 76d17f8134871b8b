package dev.vpclint.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpclint.load.YNode.Entry;
import dev.vpclint.load.YNode.YScalar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping entries: written order, first duplicate kept, same answers below and above the index threshold. */
class EntriesTest {

    static Entry entry(String key, int line) {
        return new Entry(key, "f.yaml", line, 1, new YScalar(YScalar.Kind.STRING, key, "f.yaml", line, 5));
    }

    @Test
    void keepsOrderAndTheFirstOfADuplicateAtEverySize() {
        for (int n : new int[] {1, Entries.INDEX_FROM - 1, Entries.INDEX_FROM, 1000}) {
            Entries m = new Entries();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String k = "k" + (n - i);
                keys.add(k);
                assertNull(m.putIfAbsent(entry(k, i + 1)));
            }
            Entry again = entry("k" + n, 9999);
            assertSame(m.get("k" + n), m.putIfAbsent(again), "a duplicate returns the first entry");
            assertEquals(1, m.get("k" + n).keyLine(), "the first entry is kept");
            assertEquals(n, m.trim().size());
            assertEquals(keys, new ArrayList<>(m.keySet()), "written order");
            assertEquals(keys, m.values().stream().map(Entry::key).toList());
            assertNull(m.get("absent"));
            assertEquals(false, m.containsKey("absent"));
        }
    }

    @Test
    void isReadOnly() {
        Entries m = new Entries();
        m.putIfAbsent(entry("a", 1));
        assertThrows(UnsupportedOperationException.class, () -> m.put("b", entry("b", 2)));
    }
}
