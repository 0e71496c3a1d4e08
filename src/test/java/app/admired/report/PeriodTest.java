package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Period labels at month, quarter and year boundaries, the undated bucket, and the date policy. */
class PeriodTest {

    private static final DatePolicy DATES = new DatePolicy(LocalDate.of(2026, 6, 30));

    private static String bucket(Period period, String stored) {
        return DATES.day(stored).map(period::label).orElse(Period.UNDATED);
    }

    @Test
    void monthBoundaries() {
        assertEquals("2024-01", bucket(Period.MONTH, "2024-01-31T23:59:59"));
        assertEquals("2024-02", bucket(Period.MONTH, "2024-02-01T00:00:00"));
        assertEquals("2024-02", bucket(Period.MONTH, "2024-02-29"));
        assertEquals("2023-12", bucket(Period.MONTH, "2023-12-31"));
    }

    @Test
    void quarterBoundaries() {
        assertEquals("2024-Q1", bucket(Period.QUARTER, "2024-03-31T23:59:59"));
        assertEquals("2024-Q2", bucket(Period.QUARTER, "2024-04-01"));
        assertEquals("2024-Q2", bucket(Period.QUARTER, "2024-06-30"));
        assertEquals("2024-Q3", bucket(Period.QUARTER, "2024-07-01"));
        assertEquals("2024-Q4", bucket(Period.QUARTER, "2024-12-31T23:59:59"));
        assertEquals("2025-Q1", bucket(Period.QUARTER, "2025-01-01T00:00:00"));
    }

    @Test
    void yearBoundaries() {
        assertEquals("2023", bucket(Period.YEAR, "2023-12-31T23:59:59"));
        assertEquals("2024", bucket(Period.YEAR, "2024-01-01"));
    }

    @Test
    void theDateAsWrittenDecidesNotTheTimeZone() {
        // Ingest keeps the writer's local date-time: 23:30 on March 31 written at +10:00 is still Q1.
        assertEquals("2024-Q1", bucket(Period.QUARTER, "2024-03-31T23:30:00"));
    }

    @Test
    void anOffsetAsReadByIngestStaysInTheWrittenPeriod() {
        // 23:30 at -05:00 on March 31 is April 1 in UTC; the writer wrote March, so Q1.
        String stored = app.admired.ingest.Dates.parseDateOrDateTime("2024-03-31T23:30:00-05:00")
                .orElseThrow();
        assertEquals("2024-Q1", bucket(Period.QUARTER, stored));
        String rfc = app.admired.ingest.Dates.parseDateOrDateTime("Sun, 31 Dec 2023 23:45:00 -0800")
                .orElseThrow();
        assertEquals("2023", bucket(Period.YEAR, rfc));
        assertEquals("2023-12", bucket(Period.MONTH, rfc));
    }

    @Test
    void missingUnparseableFutureAndEarlyDatesAreUndated() {
        for (String stored : List.of("", "soon", "2024-13-01", "2026-07-01", "1989-12-31T10:00:00")) {
            assertEquals(Period.UNDATED, bucket(Period.QUARTER, stored), stored);
        }
        assertEquals("1990-Q1", bucket(Period.QUARTER, "1990-01-01"));
        assertEquals("2026-Q2", bucket(Period.QUARTER, "2026-06-30"), "the reference day itself is not future");
    }

    @Test
    void rejectionsAreCountedPerReason() {
        assertEquals(Optional.of(DatePolicy.FUTURE), DATES.rejection("2030-01-01"));
        assertEquals(Optional.of(DatePolicy.BEFORE_1990), DATES.rejection("1970-01-01T00:00:00"));
        assertEquals(Optional.empty(), DATES.rejection(""));
        assertEquals(Optional.of(DatePolicy.NO_YEAR), DATES.rejection("--10-21T09:02:40"));
        assertEquals(Optional.empty(), DATES.day("--10-21"));
        assertEquals(Period.UNDATED, bucket(Period.QUARTER, "--02-29"));
        assertEquals(
                java.util.Map.of(DatePolicy.FUTURE, 2, DatePolicy.BEFORE_1990, 1, DatePolicy.NO_YEAR, 1),
                DATES.rejections(
                        List.of("2030-01-01", "2027-05-05T01:00:00", "1970-01-01", "2024-01-01", "", "--10-21")));
    }

    @Test
    void labelsSortChronologicallyWithUndatedLast() {
        List<String> labels = new ArrayList<>(List.of(Period.UNDATED, "2024-Q1", "2023-Q4", "2024-Q3"));
        labels.sort(Period::compareLabels);
        assertEquals(List.of("2023-Q4", "2024-Q1", "2024-Q3", Period.UNDATED), labels);
        assertTrue(Period.compareLabels("2023-12", "2024-01") < 0);
    }

    @Test
    void keysRoundTrip() {
        for (Period p : Period.values()) {
            assertEquals(p, Period.fromKey(p.key()));
        }
        assertEquals(Period.QUARTER, Period.fromKey(""), "an index written before periods existed");
    }
}
