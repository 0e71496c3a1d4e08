package app.admired.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which stored dates count for trends and date windows. A date is used as written (the day in the
 * writer's own time zone, as ingest keeps it), so time zones never move a comment across a period
 * boundary. Dates before {@link #EARLIEST} or after the reference day (the day of the run, stored with
 * the index) are implausible for articles and comments about current leaders: they are treated as
 * undated, and counted per reason so the run summary can report them once. Dates without a year are
 * stored as ISO month-days ({@code --10-21}: ingest does not guess a year); they are undated too, with
 * the reason {@link #NO_YEAR}.
 */
public final class DatePolicy {

    /** The earliest day trusted. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    public static final String FUTURE = "future";
    public static final String BEFORE_1990 = "before 1990";
    public static final String NO_YEAR = "no year";

    /** The prefix of a stored month-day without a year (ISO-8601 {@code --MM-dd}). */
    private static final String MONTH_DAY_PREFIX = "--";

    private final LocalDate today;

    /** @param today the reference day: later dates are in the future */
    public DatePolicy(LocalDate today) {
        this.today = today;
    }

    /** The usable day of a stored date ({@code 2024-03-05} or {@code 2024-03-05T09:30:00}), if any. */
    public Optional<LocalDate> day(String stored) {
        LocalDate day = parse(stored);
        if (day == null || day.isBefore(EARLIEST) || day.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(day);
    }

    /** Whether a stored date has a calendar year (is not a bare month-day). */
    public static boolean hasYear(String stored) {
        return stored != null && !stored.isEmpty() && !stored.startsWith(MONTH_DAY_PREFIX);
    }

    /** Why a stored date is not used ({@link #FUTURE}, {@link #BEFORE_1990}, {@link #NO_YEAR}), or empty. */
    public Optional<String> rejection(String stored) {
        if (stored != null && stored.startsWith(MONTH_DAY_PREFIX)) {
            return Optional.of(NO_YEAR);
        }
        LocalDate day = parse(stored);
        if (day == null) {
            return Optional.empty();
        }
        if (day.isBefore(EARLIEST)) {
            return Optional.of(BEFORE_1990);
        }
        return day.isAfter(today) ? Optional.of(FUTURE) : Optional.empty();
    }

    /** How many of the stored dates are rejected, per reason (sorted). */
    public Map<String, Integer> rejections(Iterable<String> storedDates) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String date : storedDates) {
            rejection(date).ifPresent(reason -> counts.merge(reason, 1, Integer::sum));
        }
        return counts;
    }

    private static LocalDate parse(String stored) {
        if (stored == null || stored.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(stored.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
