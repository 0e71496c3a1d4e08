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
 * undated, and counted per reason so the run summary can report them once. Dates without a year never
 * reach the index (ingest does not guess a year), so they are undated already.
 */
public final class DatePolicy {

    /** The earliest day trusted. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    public static final String FUTURE = "future";
    public static final String BEFORE_1990 = "before 1990";

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

    /** Why a stored date is not used ({@link #FUTURE}, {@link #BEFORE_1990}), or empty. */
    public Optional<String> rejection(String stored) {
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
