package app.admired.report;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The calendar period evidence is bucketed by in {@code trends.csv}: months ({@code 2024-06}),
 * quarters ({@code 2024-Q2}) or years ({@code 2024}). Evidence with no usable date goes to
 * {@link #UNDATED}, which sorts after every dated period.
 */
public enum Period {
    MONTH,
    QUARTER,
    YEAR;

    /** The name of the period holding evidence without a usable date. */
    public static final String UNDATED = "undated";

    /** The default period: calendar quarters. */
    public static final Period DEFAULT = QUARTER;

    /** The period's label for a day, e.g. {@code 2024-Q2}. */
    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format(Locale.ROOT, "%04d", day.getYear());
        };
    }

    /** The lower-case name used on the command line and in the index ({@code quarter}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The period named {@code key} ({@code month}, {@code quarter}, {@code year}), else the default. */
    public static Period fromKey(String key) {
        for (Period p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return DEFAULT;
    }

    /**
     * Orders period labels chronologically, {@link #UNDATED} last. Labels of one period kind have a
     * fixed width per year, so their string order is their time order.
     */
    public static int compareLabels(String a, String b) {
        boolean au = UNDATED.equals(a);
        boolean bu = UNDATED.equals(b);
        if (au || bu) {
            return Boolean.compare(au, bu);
        }
        return a.compareTo(b);
    }
}
