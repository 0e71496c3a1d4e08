package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-03-14|2023-03-14",
                "March 14, 2023|2023-03-14",
                "Mar 14, 2023|2023-03-14",
                "Mar. 14, 2023|2023-03-14",
                "14 March 2023|2023-03-14",
                "14 Mar 2023|2023-03-14",
                "march 14, 2023|2023-03-14",
                "3/14/2023|2023-03-14",
                "December 1, 1999|1999-12-01",
                "2023-03-14T10:15:30|2023-03-14",
                "October 21|--10-21",
                "Oct 21|--10-21",
                "21 October|--10-21",
            })
    void parseDateAcceptsKnownShapes(String input, String expected) {
        assertEquals(Optional.of(expected), Dates.parseDate(input));
    }

    @Test
    void parseDateTrimsSurroundingWhitespace() {
        assertEquals(Optional.of("2023-03-14"), Dates.parseDate("   March 14, 2023 \t"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "garbage",
                "not a date at all",
                "2023-13-45",
                "14/14/2023",
                "Marchember 14, 2023",
                "2023/03/14",
                "yesterday"
            })
    void parseDateRejectsGarbage(String input) {
        assertEquals(Optional.empty(), Dates.parseDate(input));
    }

    @Test
    void parseDateRejectsImpossibleDay() {
        assertEquals(Optional.empty(), Dates.parseDate("February 30, 2023"));
    }

    @Test
    void isoDateWithImpossibleDayIsRejected() {
        assertEquals(Optional.empty(), Dates.parseDate("2023-02-30"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "11/9/2011 | 4:08:10 PM;2011-11-09T16:08:10",
                "3/14/2024 | 9:05 AM;2024-03-14T09:05:00",
                "12/1/2020 | 12:15:00 AM;2020-12-01T00:15:00",
                "12/1/2020 | 12:15 PM;2020-12-01T12:15:00",
                "1/2/2020|3:04pm;2020-01-02T15:04:00",
                "'  10/31/2019  |  11:59:59 pm  ';2019-10-31T23:59:59",
                "10/21 | 9:02:40 AM;--10-21T09:02:40",
                "2/29 | 1:00 PM;--02-29T13:00:00",
            })
    void parseThreadDateLine(String line, String expected) {
        assertEquals(Optional.of(expected), Dates.parseThreadDateLine(line));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "11/9/2011 4:08:10 PM",
                "11/9/11 | 4:08 PM",
                "2011-11-09 | 4:08 PM",
                "Posted 11/9/2011 | 4:08 PM",
                "11/9/2011 | 16:08",
                "11/9/2011 | 4:08 PM extra",
                "13/40/2011 | 4:08 PM",
                "User Rank: Apprentice"
            })
    void parseThreadDateLineRejectsOtherLines(String line) {
        assertEquals(Optional.empty(), Dates.parseThreadDateLine(line));
    }

    @Test
    void parseThreadDateLineRejectsImpossibleDay() {
        assertEquals(Optional.empty(), Dates.parseThreadDateLine("2/30/2015 | 1:00 PM"));
        assertEquals(Optional.empty(), Dates.parseThreadDateLine("2/30 | 1:00 PM"));
        assertEquals(Optional.empty(), Dates.parseDate("February 30"));
    }

    @Test
    void yearlessDatesAreMarkedAsSuch() {
        assertEquals(true, Dates.isYearless(Dates.parseDate("Oct 21").orElseThrow()));
        assertEquals(false, Dates.isYearless(Dates.parseDate("Oct 21, 2024").orElseThrow()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-03-05|2024-03-05",
                "March 5, 2024|2024-03-05",
                "2024-03-05T09:30:00|2024-03-05T09:30:00",
                "2024-03-05T09:30|2024-03-05T09:30:00",
                "2024-03-05T09:30:00Z|2024-03-05T09:30:00",
                "2024-03-05T09:30:00+02:00|2024-03-05T09:30:00",
                "2024-03-05 09:30:00|2024-03-05T09:30:00",
                "Tue, 5 Mar 2024 09:30:00 +0000|2024-03-05T09:30:00",
            })
    void parseDateOrDateTimeKeepsTheTimeOfDay(String input, String expected) {
        assertEquals(Optional.of(expected), Dates.parseDateOrDateTime(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0000-00-00 00:00:00", "2024-02-30 10:00:00", "soon"})
    void parseDateOrDateTimeRejectsGarbage(String input) {
        assertEquals(Optional.empty(), Dates.parseDateOrDateTime(input));
    }
}
