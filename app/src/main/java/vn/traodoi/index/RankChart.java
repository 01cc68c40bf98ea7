package vn.traodoi.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit's rank over the years on each index, as the points of a small SVG chart drawn on the server (no script): rank
 * 1 at the top. A year without a rank is a gap, not a point; "not ranked" is listed beside the chart.
 */
record RankChart(List<Line> lines, int firstYear, int lastYear) {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 160;
    static final int PAD = 24;

    /** One index: its points "x,y" and the labels drawn at them. */
    public record Line(String indexCode, String shortName, String points, List<Point> labels) {
    }

    public record Point(int x, int y, String text) {
    }

    static RankChart of(List<IndexFigure> figures, List<GovernanceIndex> indices) {
        List<IndexFigure> ranked = figures.stream().filter(f -> f.rank() != null).toList();
        int first = ranked.stream().mapToInt(IndexFigure::year).min().orElse(0);
        int last = ranked.stream().mapToInt(IndexFigure::year).max().orElse(0);
        List<Line> lines = new ArrayList<>();
        for (GovernanceIndex index : indices) {
            List<IndexFigure> mine = ranked.stream().filter(f -> f.indexCode().equals(index.code()))
                    .sorted(Comparator.comparingInt(IndexFigure::year)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            List<Point> labels = new ArrayList<>();
            for (IndexFigure f : mine) {
                int x = x(f.year(), first, last);
                int y = y(f.rank(), f.rankOutOf());
                points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
                labels.add(new Point(x, y, String.valueOf(f.rank())));
            }
            lines.add(new Line(index.code(), index.shortName(), points.toString(), labels));
        }
        return new RankChart(lines, first, last);
    }

    static int x(int year, int first, int last) {
        return last == first ? WIDTH / 2 : PAD + (year - first) * (WIDTH - 2 * PAD) / (last - first);
    }

    static int y(int rank, @Nullable Integer outOf) {
        int of = outOf == null ? 63 : outOf;
        return PAD + (rank - 1) * (HEIGHT - 2 * PAD) / Math.max(1, of - 1);
    }

    private static final List<String> COLOURS = List.of("#0d6efd", "#198754", "#dc3545", "#fd7e14", "#6f42c1");

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    /** The colour of the n-th line, also used for its name. */
    public String colour(int n) {
        return COLOURS.get(n % COLOURS.size());
    }

    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = firstYear; y <= lastYear && firstYear > 0; y++) {
            years.add(y);
        }
        return years;
    }

    public int xOf(int year) {
        return x(year, firstYear, lastYear);
    }
}
