package dev.vpclint.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The entries of one YAML mapping, in the order written: an array, looked up by a linear scan
 * while small (nearly every mapping of a topology has a handful of keys) and through a hash index
 * once large (`vpcs:` with thousands of names). Read-only; a LinkedHashMap per mapping cost more
 * memory than the rest of the tree.
 */
final class Entries extends AbstractMap<String, YNode.Entry> {
    static final int INDEX_FROM = 9;

    private YNode.Entry[] entries = new YNode.Entry[4];
    private int size;
    private Map<String, Integer> index;

    /** Adds an entry unless the key is present; returns the entry already there, or null. */
    YNode.Entry putIfAbsent(YNode.Entry e) {
        YNode.Entry existing = get(e.key());
        if (existing != null) return existing;
        if (size == entries.length) entries = Arrays.copyOf(entries, size * 2);
        entries[size] = e;
        if (index != null) {
            index.put(e.key(), size);
        } else if (size + 1 >= INDEX_FROM) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) index.put(entries[i].key(), i);
        }
        size++;
        return null;
    }

    /** Drops spare capacity once the mapping is complete. */
    Entries trim() {
        if (entries.length != size) entries = Arrays.copyOf(entries, size);
        return this;
    }

    @Override
    public YNode.Entry get(Object key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? null : entries[i];
        }
        for (int i = 0; i < size; i++) {
            if (entries[i].key().equals(key)) return entries[i];
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Collection<YNode.Entry> values() {
        return List.of(Arrays.copyOf(entries, size));
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super YNode.Entry> action) {
        for (int i = 0; i < size; i++) action.accept(entries[i].key(), entries[i]);
    }

    @Override
    public Set<Map.Entry<String, YNode.Entry>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, YNode.Entry>> iterator() {
                return new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, YNode.Entry> next() {
                        if (next >= size) throw new java.util.NoSuchElementException();
                        YNode.Entry e = entries[next++];
                        return Map.entry(e.key(), e);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
