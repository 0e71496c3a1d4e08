package app.admired.nlp.sentiment;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.UniversalSemanticHeadFinder;
import edu.stanford.nlp.util.Filters;

/**
 * The basic (uncollapsed) Universal Dependencies graph of a parse tree, built the way CoreNLP's
 * parse annotator builds it (keepPunct, universal dependencies, no extras). The annotator itself
 * runs with {@code parse.buildgraphs=false}: in CoreNLP 4.5.10 it would analyse the tree five times
 * over for five graphs, and targeted sentiment reads only this one.
 */
final class BasicDependencies {

    private static final GrammaticalStructureFactory FACTORY;

    static {
        PennTreebankLanguagePack tlp = new PennTreebankLanguagePack();
        tlp.setGenerateOriginalDependencies(false);
        FACTORY = tlp.grammaticalStructureFactory(Filters.acceptFilter(), new UniversalSemanticHeadFinder(tlp, true));
    }

    private BasicDependencies() {}

    static SemanticGraph of(Tree tree) {
        GrammaticalStructure structure = FACTORY.newGrammaticalStructure(tree);
        return SemanticGraphFactory.makeFromTree(
                structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    }
}
