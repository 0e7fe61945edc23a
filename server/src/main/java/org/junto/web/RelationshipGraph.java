package org.junto.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junto.contributions.RelationshipStrengths;

/**
 * Who works with whom in a group, laid out for a server-rendered SVG: the people on a circle in a deterministic order
 * (strongest first, then by id, clockwise from the top), an edge per pair whose width grows with its strength, and
 * the same pairs as rows for the table that stands in for the picture.
 */
public record RelationshipGraph(List<Node> nodes, List<Line> lines, List<Row> rows, int size) {

    static final int SIZE = 520;
    static final double RADIUS = 170;

    public record Node(Person person, int x, int y, int labelX, int labelY, String anchor) {}

    public record Line(int x1, int y1, int x2, int y2, double width, String label) {}

    public record Row(Person a, Person b, double strength) {
        public String strengthText() {
            return String.format(java.util.Locale.ROOT, "%.1f", strength);
        }
    }

    static RelationshipGraph of(List<RelationshipStrengths.Edge> edges, Map<Long, Person> people) {
        List<RelationshipStrengths.Edge> shown = edges.stream()
                .filter(e -> people.containsKey(e.a()) && people.containsKey(e.b()))
                .toList();
        Map<Long, Double> totals = new HashMap<>();
        for (RelationshipStrengths.Edge e : shown) {
            totals.merge(e.a(), e.strength(), Double::sum);
            totals.merge(e.b(), e.strength(), Double::sum);
        }
        List<Long> order = new ArrayList<>(totals.keySet());
        order.sort(Comparator.comparingDouble((Long id) -> -totals.get(id)).thenComparing(id -> id));
        Map<Long, int[]> at = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        double c = SIZE / 2.0;
        for (int i = 0; i < order.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / order.size();
            int x = (int) Math.round(c + RADIUS * Math.cos(angle));
            int y = (int) Math.round(c + RADIUS * Math.sin(angle));
            int lx = (int) Math.round(c + (RADIUS + 16) * Math.cos(angle));
            int ly = (int) Math.round(c + (RADIUS + 16) * Math.sin(angle) + 4);
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            at.put(order.get(i), new int[] {x, y});
            nodes.add(new Node(people.get(order.get(i)), x, y, lx, ly, anchor));
        }
        double max = shown.stream()
                .mapToDouble(RelationshipStrengths.Edge::strength)
                .max()
                .orElse(1);
        List<Line> lines = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (RelationshipStrengths.Edge e : shown) {
            int[] a = at.get(e.a());
            int[] b = at.get(e.b());
            Person pa = people.get(e.a());
            Person pb = people.get(e.b());
            double width = Math.round((1 + 5 * e.strength() / max) * 10) / 10.0;
            lines.add(new Line(a[0], a[1], b[0], b[1], width, pa.displayName() + " and " + pb.displayName()));
            rows.add(new Row(pa, pb, e.strength()));
        }
        return new RelationshipGraph(nodes, lines, rows, SIZE);
    }
}
