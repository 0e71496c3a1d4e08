package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameLinkerTest {

    @Test
    void surnameAloneJoinsTheFullName() {
        Map<String, String> linked =
                NameLinker.link(List.of("Jeff Bezos", "Bezos", "Mark Zuckerberg"), NameLinker.Scope.DOCUMENT);
        assertEquals("Jeff Bezos", linked.get("Bezos"));
        assertEquals("Jeff Bezos", linked.get("Jeff Bezos"));
        assertEquals("Mark Zuckerberg", linked.get("Mark Zuckerberg"));
    }

    @Test
    void firstNameAloneJoinsWithinADocumentOnly() {
        List<String> names = List.of("Satya Nadella", "Satya");
        assertEquals(
                "Satya Nadella",
                NameLinker.link(names, NameLinker.Scope.DOCUMENT).get("Satya"));
        assertEquals("Satya", NameLinker.link(names, NameLinker.Scope.CORPUS).get("Satya"));
    }

    @Test
    void surnameLinksAcrossTheCorpus() {
        assertEquals(
                "Lisa Su",
                NameLinker.link(List.of("Su", "Lisa Su"), NameLinker.Scope.CORPUS)
                        .get("Su"));
    }

    @Test
    void ambiguousSurnameStaysAlone() {
        Map<String, String> linked =
                NameLinker.link(List.of("Steve Jobs", "Jane Jobs", "Jobs"), NameLinker.Scope.DOCUMENT);
        assertEquals("Jobs", linked.get("Jobs"));
    }

    @Test
    void surnameIsPreferredOverFirstName() {
        // "Ellison" is the surname of one full name and nobody's first name.
        Map<String, String> linked =
                NameLinker.link(List.of("Larry Ellison", "Ellison Kemp", "Ellison"), NameLinker.Scope.DOCUMENT);
        assertEquals("Larry Ellison", linked.get("Ellison"));
    }

    @Test
    void pluralJoinsItsSingular() {
        Map<String, String> linked =
                NameLinker.link(List.of("Larry Ellison", "Larry Ellisons", "Ellisons"), NameLinker.Scope.DOCUMENT);
        assertEquals("Larry Ellison", linked.get("Larry Ellisons"));
        assertEquals("Larry Ellison", linked.get("Ellisons"));
    }

    @Test
    void namesEndingInSAreNotDepluralisedWithoutASingular() {
        Map<String, String> linked =
                NameLinker.link(List.of("Reed Hastings", "Steve Jobs", "Jobs"), NameLinker.Scope.DOCUMENT);
        assertEquals("Reed Hastings", linked.get("Reed Hastings"));
        assertEquals("Steve Jobs", linked.get("Jobs"));
    }

    @Test
    void resultDoesNotDependOnOrder() {
        List<String> names = List.of("Bezos", "Jeff Bezos", "Jeff", "Ellison", "Larry Ellison", "Larry");
        List<String> reversed = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertEquals(
                NameLinker.link(names, NameLinker.Scope.DOCUMENT),
                NameLinker.link(reversed, NameLinker.Scope.DOCUMENT));
    }

    @Test
    void caseAccentsAndInitialsAreOnePerson() {
        Map<String, String> linked = NameLinker.link(
                List.of("José Martí", "Jose Marti", "JOSE MARTI", "José Martí", "J.K. Rowling", "J. K. Rowling"),
                NameLinker.Scope.CORPUS);
        assertEquals("José Martí", linked.get("Jose Marti"));
        assertEquals("José Martí", linked.get("JOSE MARTI"));
        assertEquals(linked.get("J.K. Rowling"), linked.get("J. K. Rowling"));
    }

    @Test
    void mostFrequentSpellingWinsAndShoutingNeverDoes() {
        Map<String, String> linked = NameLinker.link(List.of("LISA SU", "Lisa Su"), NameLinker.Scope.CORPUS);
        assertEquals("Lisa Su", linked.get("LISA SU"));
        linked = NameLinker.link(List.of("Jose Marti", "Jose Marti", "José Martí"), NameLinker.Scope.CORPUS);
        assertEquals("Jose Marti", linked.get("José Martí"));
    }

    @Test
    void particlesHyphensAndApostrophesLinkBySurname() {
        Map<String, String> linked = NameLinker.link(
                List.of(
                        "Ludwig van Beethoven",
                        "van Beethoven",
                        "Beethoven",
                        "Jean-Luc Picard",
                        "Picard",
                        "Conan O'Brien",
                        "O'Brien"),
                NameLinker.Scope.CORPUS);
        assertEquals("Ludwig van Beethoven", linked.get("van Beethoven"));
        assertEquals("Ludwig van Beethoven", linked.get("Beethoven"));
        assertEquals("Jean-Luc Picard", linked.get("Picard"));
        assertEquals("Conan O'Brien", linked.get("O'Brien"));
    }
}
