package org.llmprocurement.clauses;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and part-of-speech tags from Apache OpenNLP with the Apache-licensed English
 * models on Maven Central ({@code opennlp-models-*-en} 1.3.0, trained on Universal Dependencies
 * English Web Treebank). The models are loaded once per JVM, on first use ({@link #get()}); the
 * loaded models are thread-safe, the {@code *ME} tools are not, so each thread keeps its own.
 *
 * <p>Tags are Universal Dependencies part-of-speech tags ({@code VERB}, {@code AUX}, {@code NOUN},
 * {@code PROPN}, {@code ADJ} ...), the models' own tag set (OpenNLP's mapping to Penn tags is lossy:
 * it turns every auxiliary into {@code MD}).
 *
 * <p>Two settings make reading a clause about twice as fast as the models' defaults (issue 14, where
 * the clause analysis was half of a review-task completion) without changing what is read:
 * <ul>
 *   <li>the tagger decodes greedily ({@link #TAGGER_BEAM_SIZE} 1; the model's manifest says 3): on
 *       45,173 tokens of our texts (the reference article, the catalogue, every clause corpus and
 *       test clause) not one tag differed;</li>
 *   <li>the tokenizer keeps purely alphanumeric words whole without asking the model (OpenNLP's
 *       "alphanumeric optimization", off in the published model): on the same tokens, one camel-case
 *       identifier ({@code bindingExample}) stays one token.</li>
 * </ul>
 * {@code EnglishNlpTest} repeats the comparison with the model's own settings on the clause corpora,
 * so a new model version that breaks the equivalence fails the build.
 */
public final class EnglishNlp {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The tagger's beam: 1 is greedy decoding (see the class comment; the model's manifest says 3). */
  static final int TAGGER_BEAM_SIZE = 1;

  private static volatile EnglishNlp instance;

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final long loadMillis;
  private final ThreadLocal<SentenceDetectorME> sentenceDetector;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;

  private EnglishNlp() {
    long t0 = System.nanoTime();
    this.sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
    this.tokenizerModel = alphanumericWordsWhole(load(TOKEN_MODEL, TokenizerModel::new));
    this.posModel = load(POS_MODEL, in -> new POSModel(withManifestProperty(in, BEAM_SIZE, String.valueOf(TAGGER_BEAM_SIZE))));
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
  }

  /** The shared instance; loads the three models on the first call (about a second). */
  public static EnglishNlp get() {
    EnglishNlp i = instance;
    if (i == null) {
      synchronized (EnglishNlp.class) {
        i = instance;
        if (i == null) {
          i = new EnglishNlp();
          instance = i;
        }
      }
    }
    return i;
  }

  /** How long loading the models took, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  /** The beam the tagger decodes with, as its model states it (1: greedy). */
  int taggerBeamSize() {
    return Integer.parseInt(posModel.getManifestProperty(BEAM_SIZE));
  }

  /** A token with its character span in the original text and its Universal Dependencies tag. */
  public record Token(String text, int start, int end, String tag) {}

  /** Sentence spans (char offsets into text). */
  public List<int[]> sentences(String text) {
    Span[] spans = sentenceDetector.get().sentPosDetect(text);
    List<int[]> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new int[] {s.getStart(), s.getEnd()});
    }
    return out;
  }

  /** Tokens of text[from, to) with offsets into text and their tags. */
  public List<Token> tokens(String text, int from, int to) {
    return tokens(text, from, to, UnaryOperator.identity());
  }

  /**
   * Tokens of text[from, to); {@code forTagger} may replace a word for the tagger only (the token
   * keeps its own text and offsets), e.g. a capitalised party name by a pronoun.
   */
  public List<Token> tokens(String text, int from, int to, UnaryOperator<String> forTagger) {
    String s = text.substring(from, to);
    Span[] spans = tokenizer.get().tokenizePos(s);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(s).toString();
    }
    String[] tagged = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      tagged[i] = forTagger.apply(words[i]);
    }
    String[] tags = tagger.get().tag(tagged);
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      out.add(new Token(words[i], from + spans[i].getStart(), from + spans[i].getEnd(), tags[i]));
    }
    return out;
  }

  /** The model's manifest key for the tagger's beam ({@code opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER}). */
  private static final String BEAM_SIZE = opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER;

  /** The same tokenizer model with OpenNLP's alphanumeric optimization switched on. */
  static TokenizerModel alphanumericWordsWhole(TokenizerModel model) {
    TokenizerFactory factory = new TokenizerFactory(model.getFactory().getLanguageCode(), model.getAbbreviations(), true,
        model.getFactory().getAlphaNumericPattern());
    return new TokenizerModel(model.getMaxentModel(), Map.of(), factory);
  }

  /**
   * The model package (a zip archive) with one property of its {@code manifest.properties} set:
   * OpenNLP reads the tagger's beam size only from there.
   *
   * @throws IOException when the package cannot be read
   */
  static InputStream withManifestProperty(InputStream modelPackage, String key, String value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(modelPackage); ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          Properties manifest = new Properties();
          manifest.load(new ByteArrayInputStream(data));
          manifest.setProperty(key, value);
          ByteArrayOutputStream changed = new ByteArrayOutputStream();
          manifest.store(changed, null);
          data = changed.toByteArray();
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  /** Reads a model from its stream (the models' own constructors, e.g. {@code TokenizerModel::new}). */
  interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  /**
   * A bundled OpenNLP model as published (the settings {@link #get()} changes are applied after).
   *
   * @throws IllegalStateException when the model jar is missing; {@code UncheckedIOException} when it cannot be read
   */
  static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = EnglishNlp.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath (opennlp-models-*-en)");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load OpenNLP model " + resource, e);
    }
  }
}
