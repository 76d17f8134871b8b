package dev.vpclint.model;

/**
 * Where an object, field or list item is written: display file name, 1-based line and column, and
 * its object path (`vpcs.app.route_tables.rt.routes[0]`, list indexes 0-based).
 */
public record Loc(String file, int line, int column, String path) implements Comparable<Loc> {

    public Loc withPath(String newPath) {
        return new Loc(file, line, column, newPath);
    }

    @Override
    public int compareTo(Loc o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        return Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
