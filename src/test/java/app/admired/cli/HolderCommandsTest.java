package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'people' and 'search' by holder, over a small corpus of quoted IT leaders (indexed once). */
@Tag("corenlp")
class HolderCommandsTest {

    @TempDir
    static Path temp;

    private static String index;
    private static Path out;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path corpus = Path.of("src/test/resources/holders-corpus");
        out = temp.resolve("out");
        EndToEndTest.Captured run = EndToEndTest.execute("run", corpus.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        index = out.resolve("index").toString();
    }

    private static EndToEndTest.Captured people(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "people";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--index";
        all[args.length + 2] = index;
        return EndToEndTest.execute(all);
    }

    private static List<String> names(String text) {
        return text.lines().skip(1).map(l -> l.substring(6, 33).strip()).toList();
    }

    @Test
    void itLeadersAdmireSuAndHopperAndDislikeEllison() {
        EndToEndTest.Captured result = people("--holder-role", "it LEADER", "--format", "csv");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> rows = result.out().lines().toList();
        assertTrue(rows.get(1).contains(",Lisa Su,"), result.out());
        // Ellison is admired by an anonymous commenter, criticised by an IT director.
        String ellison = rows.stream()
                .filter(r -> r.contains(",Larry Ellison,"))
                .findFirst()
                .orElseThrow();
        assertTrue(ellison.split(",")[2].startsWith("-"), ellison);
        EndToEndTest.Captured cios = people("--holder-role", "cio");
        assertEquals(List.of("Lisa Su"), names(cios.out()), cios.out());
    }

    @Test
    void commentersAndQuotedHoldersApart() {
        EndToEndTest.Captured commenters = people("--holder-kind", "commenter");
        assertTrue(names(commenters.out()).containsAll(List.of("Lisa Su", "Larry Ellison")), commenters.out());
        EndToEndTest.Captured bad = people("--holder-kind", "robot");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void anUnknownRoleIsAnEmptyAnswerWithTheKnownRoles() {
        EndToEndTest.Captured result = people("--holder-role", "astronaut");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals(1, result.out().strip().lines().count(), result.out());
        assertTrue(result.out().contains("IT leader") && result.out().contains("CIO"), result.out());
    }

    @Test
    void searchByHolderAndRole() {
        EndToEndTest.Captured byName =
                EndToEndTest.execute("search", "*", "--holder", "kowalczyk", "--index", index, "--format", "csv");
        assertEquals(ExitCodes.OK, byName.exitCode(), byName.err());
        assertTrue(byName.out().contains("Lisa Su,positive"), byName.out());
        assertTrue(byName.out().lines().skip(1).allMatch(l -> l.contains("Dale Kowalczyk,quoted,CIO")), byName.out());
        EndToEndTest.Captured byRole =
                EndToEndTest.execute("search", "*", "--holder-role", "IT director", "--index", index);
        assertTrue(byRole.out().contains("Larry Ellison  negative"), byRole.out());
        assertTrue(byRole.out().contains("held by Renata Alves (quoted, IT director)"), byRole.out());
    }

    @Test
    void reportsCarryHoldersAndRoles() throws Exception {
        String holders = Files.readString(out.resolve("holders.csv"), StandardCharsets.UTF_8);
        assertTrue(holders.contains("Dale Kowalczyk,quoted,CIO,Hartwell Foods,Lisa Su,positive"), holders);
        assertTrue(holders.contains("hank,commenter,IT manager,,Lisa Su,positive"), holders);
        assertTrue(holders.contains("Omar Haddad,quoted,,,Grace Hopper,positive"), holders);
        assertTrue(holders.contains("Marta Oyelaran,author,editor,Midmarket Weekly"), holders);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("admired by 1 CIO, 1 IT manager"), html);
        String most = Files.readString(out.resolve("most-admired.csv"), StandardCharsets.UTF_8);
        assertTrue(most.contains("Hartwell Foods"), most);
    }
}
