package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.index.MentionRecord;
import app.admired.nlp.Aliases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldersTest {

    private static MentionRecord m(
            String doc,
            String kind,
            String author,
            String person,
            double score,
            String holder,
            String holderKind,
            String holderRole,
            String role) {
        String polarity = score > 0.1 ? "positive" : score < -0.1 ? "negative" : "neutral";
        return new MentionRecord(
                doc,
                doc.substring(0, doc.indexOf('#')),
                0,
                kind,
                author,
                "2024-01-01",
                person,
                person,
                0,
                1,
                0,
                person + " sentence.",
                polarity,
                score,
                score,
                2,
                "",
                "",
                holder,
                holderKind,
                holderRole,
                "",
                role,
                "");
    }

    private static final List<MentionRecord> MENTIONS = List.of(
            // a.txt: Dale Kowalczyk (CIO) quoted twice on Lisa Su; his own mention in the frame
            m("a.txt#0", "article", "Tomas Lindqvist", "Dale Kowalczyk", 0.9, "Dale Kowalczyk", "quoted", "CIO", "CIO"),
            m("a.txt#0", "article", "Tomas Lindqvist", "Lisa Su", 0.9, "Dale Kowalczyk", "quoted", "CIO", ""),
            m("a.txt#0", "article", "Tomas Lindqvist", "Lisa Su", 0.8, "Dale Kowalczyk", "quoted", "CIO", ""),
            // b.txt: "Kowalczyk" alone, no role stated here; and a commenter
            m("b.txt#0", "article", "Ines Moreau", "Kowalczyk", 0.1, "Ines Moreau", "author", "", ""),
            m("b.txt#0", "article", "Ines Moreau", "Lisa Su", 0.7, "Kowalczyk", "quoted", "", ""),
            m("b.txt#1", "comment", "hank", "Lisa Su", 0.9, "hank", "commenter", "", ""),
            m("b.txt#1", "comment", "hank", "Larry Ellison", -0.9, "hank", "commenter", "", ""),
            m("c.txt#0", "article", "", "Larry Ellison", -0.8, "", "unattributed", "", ""));

    @Test
    void quotedHoldersAreLinkedAcrossTheCorpusAndCarryTheirMostStatedRole() {
        Map<String, String> canonical = Ranking.canonicalNames(MENTIONS, Aliases.NONE);
        List<MentionRecord> linked = Holders.linked(MENTIONS, canonical);
        assertEquals("Dale Kowalczyk", linked.get(4).holderName());
        assertEquals("CIO", linked.get(4).holderRole(), "b.txt states no role; the corpus does");
        List<PersonSummary> ranking = Ranking.rank(linked, canonical);
        PersonSummary su = ranking.stream()
                .filter(p -> p.person().equals("Lisa Su"))
                .findFirst()
                .orElseThrow();
        // Dale's three quotes are one vote, the commenter another.
        assertEquals(2, su.admirers());
        assertEquals(1.9, su.positiveEvidence(), 1e-9, "1 (capped) + 0.9");
        PersonSummary dale = ranking.stream()
                .filter(p -> p.person().equals("Dale Kowalczyk"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, dale.admirers(), "a speaker's own mention is not evidence about them");
    }

    @Test
    void rankingByHolderRoleAndKind() {
        Map<String, String> canonical = Ranking.canonicalNames(MENTIONS, Aliases.NONE);
        List<MentionRecord> linked = Holders.linked(MENTIONS, canonical);
        List<PersonSummary> itLeaders = Ranking.rank(
                linked.stream().filter(Holders.filter("it LEADER", null)).toList(), canonical);
        // Dale's mention of himself is not evidence about him, so the CIO's views are about Su alone.
        assertEquals(
                List.of("Lisa Su"),
                itLeaders.stream().map(PersonSummary::person).toList());
        assertEquals(1, itLeaders.get(0).admirers());
        List<PersonSummary> commenters = Ranking.rank(
                linked.stream().filter(Holders.filter(null, "commenter")).toList(), canonical);
        assertEquals(2, commenters.size());
        assertTrue(Ranking.rank(
                        linked.stream()
                                .filter(Holders.filter("astronaut", null))
                                .toList(),
                        canonical)
                .isEmpty());
    }

    @Test
    void holdersCsvAndTheAdmiredByLine(@TempDir Path dir) throws Exception {
        Map<String, String> canonical = Ranking.canonicalNames(MENTIONS, Aliases.NONE);
        List<MentionRecord> linked = Holders.linked(MENTIONS, canonical);
        assertEquals(
                "admired by 1 CIO, 1 commenter",
                Holders.admiredBy(linked, canonical).get("Lisa Su"));
        Path file = dir.resolve(Holders.FILE_NAME);
        Holders.write(linked, canonical, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFFholder,holder_kind,holder_role,holder_organization,person,view,mentions,positive_evidence,"
                        + "negative_evidence,evidence",
                lines.get(0));
        assertTrue(
                lines.contains("Dale Kowalczyk,quoted,CIO,,Lisa Su,positive,3,2.400,0.000,Lisa Su sentence."),
                lines.toString());
        assertTrue(
                lines.contains(
                        "c.txt#0 (unattributed),unattributed,,,Larry Ellison,negative,1,0.000,0.800,Larry Ellison sentence."),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Dale Kowalczyk,quoted,CIO,,Dale Kowalczyk")));
    }
}
