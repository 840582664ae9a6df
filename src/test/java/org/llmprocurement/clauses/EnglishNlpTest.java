package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.catalogue.Requirement;

/**
 * The faster settings of {@link EnglishNlp} (greedy tagging, alphanumeric words kept whole) read our
 * clauses exactly as the models' published settings do: same tokens, same tags, on every clause of
 * the catalogue and of the clause corpora. A new model version that breaks this fails here.
 */
class EnglishNlpTest {

  @Test
  void fasterSettingsReadEveryCorpusClauseAsThePublishedModelSettingsDo() throws IOException {
    EnglishNlp nlp = EnglishNlp.get();
    TokenizerModel tokenizerModel = EnglishNlp.load(EnglishNlp.TOKEN_MODEL, TokenizerModel::new);
    POSModel posModel = EnglishNlp.load(EnglishNlp.POS_MODEL, POSModel::new);
    TokenizerME publishedTokenizer = new TokenizerME(tokenizerModel);
    POSTaggerME publishedTagger = new POSTaggerME(posModel, POSTagFormat.UD);
    assertThat(publishedTokenizer.useAlphaNumericOptimization()).as("the published tokenizer asks the model for every word").isFalse();

    int tokens = 0;
    List<String> differences = new ArrayList<>();
    for (String text : corpus()) {
      for (int[] sentence : nlp.sentences(text)) {
        List<EnglishNlp.Token> ours = nlp.tokens(text, sentence[0], sentence[1]);
        String s = text.substring(sentence[0], sentence[1]);
        Span[] spans = publishedTokenizer.tokenizePos(s);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
          words[i] = spans[i].getCoveredText(s).toString();
        }
        String[] tags = publishedTagger.tag(words);
        List<String> published = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
          published.add(words[i] + "/" + tags[i]);
        }
        List<String> read = ours.stream().map(t -> t.text() + "/" + t.tag()).toList();
        if (!read.equals(published)) {
          differences.add(read + " instead of " + published);
        }
        tokens += read.size();
      }
    }
    assertThat(tokens).as("tokens compared").isGreaterThan(10_000);
    assertThat(differences).isEmpty();
  }

  @Test
  void theTaggerDecodesGreedilyAndTheTokenizerKeepsAlphanumericWordsWhole() throws IOException {
    assertThat(EnglishNlp.get().taggerBeamSize()).isEqualTo(1);
    // the one difference seen on 45,173 tokens: the model splits a camel-case word, our settings keep it
    String text = "The bindingExample field holds it.";
    assertThat(EnglishNlp.get().tokens(text, 0, text.length()).stream().map(EnglishNlp.Token::text))
        .containsExactly("The", "bindingExample", "field", "holds", "it", ".");
    TokenizerModel publishedModel = EnglishNlp.load(EnglishNlp.TOKEN_MODEL, TokenizerModel::new);
    TokenizerME published = new TokenizerME(publishedModel);
    assertThat(published.tokenize(text)).contains("binding", "Example");
  }

  /** Every clause text we have: the catalogue's weak and binding examples and the clause corpora. */
  private static List<String> corpus() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Requirement r : BundledCatalogue.catalogue().requirements()) {
      texts.add(r.weakExample());
      texts.add(r.bindingExample());
    }
    texts.addAll(ClauseFixtures.corpusTexts());
    return texts;
  }
}
