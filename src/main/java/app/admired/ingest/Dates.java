package app.admired.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date shapes found in articles and comment threads into ISO-8601 strings. */
public final class Dates {

    /**
     * The comment-thread date line, e.g. {@code 11/9/2011 | 4:08:10 PM}; some thread exports drop the
     * year ({@code 10/21 | 9:02:40 AM}).
     */
    static final Pattern THREAD_DATE_LINE = Pattern.compile(
            "^\\s*(\\d{1,2}/\\d{1,2})(/\\d{4})?\\s*\\|\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[AaPp][Mm])\\s*$");

    /**
     * How a date without a year is stored: ISO-8601's month-day form ({@code --10-21}, or
     * {@code --10-21T09:02:40} with a time). Ingest never guesses the year; reports count such dates
     * as undated, with the reason "no year".
     */
    public static final String NO_YEAR_PREFIX = "--";

    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter CLOCK = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("h:mm[:ss] a")
            .toFormatter(Locale.ENGLISH);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("MMMM d, uuuu"),
            formatter("MMM d, uuuu"),
            formatter("MMM. d, uuuu"),
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"),
            formatter("M/d/uuuu"));

    /** Month and day with no year, as written in some bylines and comment exports. */
    private static final List<DateTimeFormatter> MONTH_DAY_FORMATS = List.of(
            formatter("MMMM d"), formatter("MMM d"), formatter("MMM. d"), formatter("d MMMM"), formatter("d MMM"));

    private static final DateTimeFormatter US_MONTH_DAY =
            DateTimeFormatter.ofPattern("M/d", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    /** Whether a stored date is a month-day without a year ({@link #NO_YEAR_PREFIX}). */
    public static boolean isYearless(String stored) {
        return stored.startsWith(NO_YEAR_PREFIX);
    }

    private static DateTimeFormatter formatter(String pattern) {
        // STRICT: "February 30" is an error, not quietly February 28.
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** A calendar date in one of the accepted shapes, as {@code uuuu-MM-dd}. */
    public static Optional<String> parseDate(String value) {
        String trimmed = value.strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format).toString());
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed).toLocalDate().toString());
        } catch (DateTimeParseException notIsoDateTime) {
            return parseMonthDay(trimmed);
        }
    }

    /** {@code October 21} or {@code 21 Oct} as {@code --10-21}; February 29 is a valid month-day. */
    private static Optional<String> parseMonthDay(String trimmed) {
        for (DateTimeFormatter format : MONTH_DAY_FORMATS) {
            try {
                return Optional.of(MonthDay.parse(trimmed, format).toString());
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    /** {@code 2024-03-05 09:30:00}: SQL-style, as in WordPress exports and many CSV dumps. */
    private static final DateTimeFormatter SPACED_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /**
     * A date, or a date with a time of day, as ISO-8601: {@code 2024-03-05} for a plain date (any
     * shape {@link #parseDate} accepts), {@code 2024-03-05T09:30:00} when the value has a time. An
     * ISO offset or zone ({@code Z}, {@code +02:00}) and RFC 1123 dates ({@code Tue, 5 Mar 2024
     * 09:30:00 +0000}) are kept as the local date-time written, because the comments we read are
     * compared by day and the writer's clock is the one the reader saw.
     */
    public static Optional<String> parseDateOrDateTime(String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        List<java.util.function.Function<String, LocalDateTime>> shapes = List.of(
                LocalDateTime::parse,
                v -> java.time.OffsetDateTime.parse(v).toLocalDateTime(),
                v -> java.time.ZonedDateTime.parse(v).toLocalDateTime(),
                v -> LocalDateTime.parse(v, SPACED_DATE_TIME),
                v -> java.time.ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toLocalDateTime());
        for (var shape : shapes) {
            try {
                return Optional.of(shape.apply(trimmed).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return parseDate(trimmed);
    }

    /**
     * A comment-thread date line as an ISO date-time, e.g. {@code 2011-11-09T16:08:10}, or a
     * month-day date-time ({@code --10-21T09:02:40}) when the line has no year.
     */
    public static Optional<String> parseThreadDateLine(String line) {
        Matcher m = THREAD_DATE_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String clock = m.group(3)
                    .replaceAll("\\s+", " ")
                    .replaceAll("(?i)([ap]m)$", " $1")
                    .replaceAll("\\s+", " ")
                    .toUpperCase(Locale.ROOT);
            java.time.LocalTime time = java.time.LocalTime.parse(clock, CLOCK);
            if (m.group(2) == null) {
                MonthDay day = MonthDay.parse(m.group(1), US_MONTH_DAY);
                return Optional.of(day + "T" + time.format(DateTimeFormatter.ISO_LOCAL_TIME));
            }
            LocalDate date = LocalDate.parse(m.group(1) + m.group(2), US_DATE);
            return Optional.of(LocalDateTime.of(date, time).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
