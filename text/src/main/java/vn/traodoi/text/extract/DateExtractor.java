package vn.traodoi.text.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates in the forms Vietnamese news uses:
 *
 * <pre>
 * "ngày 09 và 10 tháng 8 năm 2022" → 2022-08-09..2022-08-10
 * "Ngày 12 tháng 7 năm 2022"       → 2022-07-12
 * "09/8/2022", "24-6-2023"         → 2022-08-09, 2023-06-24
 * "từ ngày 06/5-11/5/2019"         → 2019-05-06..2019-05-11
 * "Chiều 2/8" (reference 2023-08-02) → 2023-08-02, year inferred
 * "10 và 11-10", "25.6 và 26.6"    → ranges, year inferred
 * "Tháng 12 năm 2022", "tháng 8/2023" → months
 * "giai đoạn 2020 - 2025"          → period
 * </pre>
 *
 * A date without a year gets the reference date's year (the year before when that would put it more than a month
 * after the reference), and is marked as inferred; with no reference date it is not produced.
 */
public final class DateExtractor {

    private static final String D = "(\\d{1,2})";
    private static final String Y = "((?:19|20)\\d{2})";
    private static final String SEP = "([/.-])";
    private static final String TO = "\\s*(?:-|–|đến|tới)\\s*(?:(?:hết\\s+)?ngày\\s+)?";
    private static final String DAY_PART = "(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm|[Tt]ừ)"
            + "(?:\\s+(?:nay|qua|mai|ngày|hôm nay|hôm qua))?";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?:[Nn]gày\\s*,?\\s*)?" + D + "(?:\\s*(?:và|,|-|–|đến)\\s*(?:ngày\\s+)?" + D
                    + ")?\\s+[Tt]háng\\s+" + D + "\\s*(?:năm|,)\\s*" + Y), Kind.VIETNAMESE_DAYS),
            // "từ ngày 5/9/2017 đến ngày 8/9/2017"
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + SEP + D + "\\2" + Y + TO + D + "\\2" + D + "\\2" + Y + "(?![\\d/])"),
                    Kind.FULL_RANGE),
            // "06/5-11/5/2019", "từ ngày 26-5 đến ngày 3-6-2022"
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + SEP + D + TO + D + "\\2" + D + "\\2" + Y + "(?![\\d/])"),
                    Kind.NUMERIC_RANGE),
            // "24 và 25/2/2005", "từ ngày 16 đến ngày 21/5/2022"
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + "\\s*(?:và|-|–|đến|tới)\\s*(?:(?:hết\\s+)?ngày\\s+)?" + D + SEP + D
                    + "\\3" + Y + "(?![\\d/])"), Kind.NUMERIC_SAME_MONTH),
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + "([/.-])" + D + "\\2" + Y + "(?![\\d/])"), Kind.NUMERIC_DAY),
            new Rule(Pattern.compile("[Tt]háng\\s+" + D + "\\s*(?:năm\\s+|/)" + Y + "(?![\\d/])"), Kind.MONTH),
            new Rule(Pattern.compile("(?:[Gg]iai\\s+đoạn|[Nn]hiệm\\s+kỳ|[Tt]hời\\s+kỳ)\\s+" + Y + "\\s*[-–]\\s*" + Y),
                    Kind.PERIOD),
            // "26-5 đến 3-6", "từ 28/11 đến 2/12"
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + SEP + D + "\\s*(?:đến|tới)\\s*(?:(?:hết\\s+)?ngày\\s+)?" + D + "\\2" + D
                    + "(?![\\d/.-]?\\d)"), Kind.NO_YEAR_RANGE),
            // "10 và 11-10", "từ ngày 1 đến 15-11"
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + "\\s+(?:và|đến|tới)\\s+(?:ngày\\s+)?" + D + "([-/.])" + D
                    + "(?![\\d/.-]?\\d)"), Kind.NO_YEAR_PAIR),
            new Rule(Pattern.compile("(?<![\\d/.-])" + D + "\\." + D + "\\s+và\\s+" + D + "\\." + D + "(?![\\d.])"),
                    Kind.NO_YEAR_DOTTED_PAIR),
            // "Chiều 2/8", "Ngày 8-9,", "Sáng nay 24/8", "sáng ngày 5/1"
            new Rule(Pattern.compile("(?<![\\p{L}])" + DAY_PART + "\\s{1,2}" + D + SEP + D + "(?![\\d/.-]?\\d)"), Kind.NO_YEAR_DAY),
            // "ngày 5 tháng 1" without a year
            new Rule(Pattern.compile("(?<![\\p{L}])[Nn]gày\\s{1,2}" + D + "\\s+tháng\\s+" + D + "(?!\\s*(?:năm|,|/)\\s*\\d)(?![\\d])"),
                    Kind.NO_YEAR_VIETNAMESE));

    private enum Kind {
        VIETNAMESE_DAYS, FULL_RANGE, NUMERIC_RANGE, NUMERIC_SAME_MONTH, NUMERIC_DAY, MONTH, PERIOD, NO_YEAR_RANGE, NO_YEAR_PAIR,
        NO_YEAR_DOTTED_PAIR, NO_YEAR_DAY, NO_YEAR_VIETNAMESE
    }

    /** Words one of which a rule's match holds: a window without any of them is not tried. */
    private static final java.util.Map<Kind, List<String>> NEEDS = java.util.Map.of(
            Kind.VIETNAMESE_DAYS, List.of("tháng"), Kind.MONTH, List.of("tháng"), Kind.NO_YEAR_VIETNAMESE, List.of("tháng"),
            Kind.PERIOD, List.of("giai", "nhiệm", "thời"), Kind.NO_YEAR_RANGE, List.of("đến", "tới"),
            Kind.NO_YEAR_PAIR, List.of("và", "đến", "tới"), Kind.NO_YEAR_DOTTED_PAIR, List.of("và"),
            Kind.NO_YEAR_DAY, List.of("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ"));

    private static boolean holdsAny(String lower, Anchors.Window w, List<String> words) {
        // within the window only: searching on to the end of a long text for each window would be quadratic
        for (String word : words) {
            for (int i = w.start(); i + word.length() <= w.end(); i++) {
                if (lower.startsWith(word, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Rule(Pattern pattern, Kind kind) {
    }

    /**
     * One pass that resolves yearless dates the way an article needs: by its publication date when known, else as
     * the first such day on or after the latest full date the article cites, else by the import date.
     */
    public List<Fact<DateMention>> extractResolving(String text, @Nullable LocalDate published,
            @Nullable LocalDate importDate) {
        if (published != null) {
            return extract(text, published);
        }
        List<Fact<DateMention>> withoutYear = new ArrayList<>();
        List<Fact<DateMention>> explicit = extract(text, null, false, withoutYear, null);
        if (withoutYear.isEmpty()) {
            return explicit;
        }
        LocalDate latestCited = explicit.stream().map(Fact::value).filter(DateMention.Days.class::isInstance)
                .map(d -> ((DateMention.Days) d).end()).max(java.util.Comparator.naturalOrder()).orElse(null);
        // the dates with a year are those of the first pass: only the yearless rules run again
        return latestCited != null ? extract(text, latestCited, true, null, explicit)
                : extract(text, importDate, false, null, explicit);
    }

    /** All date mentions, in text order, none overlapping another; yearless dates take the reference's year. */
    public List<Fact<DateMention>> extract(String text, @Nullable LocalDate reference) {
        return extract(text, reference, false);
    }

    /**
     * With {@code referenceIsFloor}, the reference is the latest date the article cites rather than its publication:
     * a yearless date is then the first one on or after it ("10 và 11-10" after a resolution of 26-6-2024 is in 2024).
     */
    public List<Fact<DateMention>> extract(String text, @Nullable LocalDate reference, boolean referenceIsFloor) {
        return extract(text, reference, referenceIsFloor, null, null);
    }

    private List<Fact<DateMention>> extract(String text, @Nullable LocalDate reference, boolean referenceIsFloor,
            @Nullable List<Fact<DateMention>> yearlessSeen, @Nullable List<Fact<DateMention>> withYear) {
        List<Fact<DateMention>> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        if (withYear != null) {
            found.addAll(withYear);
            for (Fact<DateMention> f : withYear) {
                for (int i = f.span().start(); i < f.span().end(); i++) {
                    taken[i] = true;
                }
            }
        }
        // Every date has a digit: look only around digits (a year and "tháng" fit in 40 characters on either side).
        List<Anchors.Window> windows = Anchors.aroundDigits(text, 40, 40);
        String lower = Anchors.lower(text);
        for (Rule rule : RULES) {
            if (withYear != null && rule.kind.compareTo(Kind.NO_YEAR_RANGE) < 0) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            List<String> needs = NEEDS.get(rule.kind);
            boolean atNumbers = STARTS_WITH_A_NUMBER.contains(rule.kind);
            for (Anchors.Window w : windows) {
                if (needs != null && !holdsAny(lower, w, needs)) {
                    continue;
                }
                if (atNumbers) {
                    // a rule that starts with a number is tried where a number starts, not at every character
                    for (int i = w.start(); i < w.end(); i++) {
                        if (Character.isDigit(text.charAt(i)) && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                                && m.region(i, Math.min(w.end(), i + 70)).lookingAt()) {
                            accept(rule, m, reference, referenceIsFloor, yearlessSeen, found, taken);
                        }
                    }
                } else {
                    m.region(w.start(), w.end());
                    while (m.find()) {
                        accept(rule, m, reference, referenceIsFloor, yearlessSeen, found, taken);
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        return found;
    }

    private static final java.util.Set<Kind> STARTS_WITH_A_NUMBER = java.util.EnumSet.of(Kind.FULL_RANGE, Kind.NUMERIC_RANGE,
            Kind.NUMERIC_SAME_MONTH, Kind.NUMERIC_DAY, Kind.NO_YEAR_RANGE, Kind.NO_YEAR_PAIR, Kind.NO_YEAR_DOTTED_PAIR);

    private static void accept(Rule rule, Matcher m, @Nullable LocalDate reference, boolean referenceIsFloor,
            @Nullable List<Fact<DateMention>> yearlessSeen, List<Fact<DateMention>> found, boolean[] taken) {
        // the part of the day before a yearless date ("Chiều 2/8") is matched but is not the date
        int start = rule.kind == Kind.NO_YEAR_DAY || rule.kind == Kind.NO_YEAR_VIETNAMESE ? m.start(1) : m.start();
        if (overlaps(taken, start, m.end())) {
            return;
        }
        if (yearlessSeen != null && reference == null && rule.kind.compareTo(Kind.NO_YEAR_RANGE) >= 0) {
            yearlessSeen.add(new Fact<>(new DateMention.Period(0, 0), new Span(start, m.end()), 0.1));
        }
        DateMention mention = mention(rule.kind, m, reference, referenceIsFloor);
        if (mention != null) {
            found.add(new Fact<>(mention, new Span(start, m.end()), confidence(mention)));
            for (int i = start; i < m.end(); i++) {
                taken[i] = true;
            }
        }
    }

    private static double confidence(DateMention mention) {
        return switch (mention) {
            case DateMention.Days d -> d.yearInferred() ? 0.7 : 0.95;
            case DateMention.Month m -> m.yearInferred() ? 0.7 : 0.9;
            case DateMention.Period p -> 0.9;
        };
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable DateMention mention(Kind kind, Matcher m, @Nullable LocalDate reference, boolean floor) {
        return switch (kind) {
            case VIETNAMESE_DAYS -> {
                int year = Integer.parseInt(m.group(4));
                int month = Integer.parseInt(m.group(3));
                LocalDate start = DateMention.safeDate(year, month, Integer.parseInt(m.group(1)));
                LocalDate end = m.group(2) == null ? start : DateMention.safeDate(year, month, Integer.parseInt(m.group(2)));
                yield days(start, end, false);
            }
            case NUMERIC_RANGE -> {
                int year = Integer.parseInt(m.group(6));
                yield days(DateMention.safeDate(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1))),
                        DateMention.safeDate(year, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4))), false);
            }
            case FULL_RANGE -> days(DateMention.safeDate(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(1))), DateMention.safeDate(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(6)),
                    Integer.parseInt(m.group(5))), false);
            case NUMERIC_SAME_MONTH -> {
                int year = Integer.parseInt(m.group(5));
                int month = Integer.parseInt(m.group(4));
                yield days(DateMention.safeDate(year, month, Integer.parseInt(m.group(1))),
                        DateMention.safeDate(year, month, Integer.parseInt(m.group(2))), false);
            }
            case NO_YEAR_RANGE -> inferred(reference, floor, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            case NO_YEAR_VIETNAMESE -> inferred(reference, floor, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            case NUMERIC_DAY -> {
                LocalDate day = DateMention.safeDate(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(1)));
                yield days(day, day, false);
            }
            case MONTH -> {
                int month = Integer.parseInt(m.group(1));
                yield month >= 1 && month <= 12 ? new DateMention.Month(YearMonth.of(Integer.parseInt(m.group(2)), month), false)
                        : null;
            }
            case PERIOD -> {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                yield from <= to ? new DateMention.Period(from, to) : null;
            }
            case NO_YEAR_PAIR -> {
                int month = Integer.parseInt(m.group(4));
                yield inferred(reference, floor, month, Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(2)));
            }
            case NO_YEAR_DOTTED_PAIR -> inferred(reference, floor, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
            case NO_YEAR_DAY -> inferred(reference, floor, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
        };
    }

    private static DateMention.@Nullable Days days(@Nullable LocalDate start, @Nullable LocalDate end, boolean inferred) {
        return start == null || end == null || end.isBefore(start) ? null : new DateMention.Days(start, end, inferred);
    }

    private static DateMention.@Nullable Days inferred(@Nullable LocalDate reference, boolean floor, int startMonth,
            int startDay, int endMonth, int endDay) {
        if (reference == null) {
            return null;
        }
        int year = reference.getYear();
        LocalDate start = DateMention.safeDate(year, startMonth, startDay);
        if (start != null && !floor && start.isAfter(reference.plusDays(31))) {
            year--;
            start = DateMention.safeDate(year, startMonth, startDay);
        } else if (start != null && floor && start.isBefore(reference)) {
            year++;
            start = DateMention.safeDate(year, startMonth, startDay);
        }
        return days(start, DateMention.safeDate(year, endMonth, endDay), true);
    }
}
