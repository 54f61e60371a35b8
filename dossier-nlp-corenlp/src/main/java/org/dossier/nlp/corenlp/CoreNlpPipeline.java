package org.dossier.nlp.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of this JVM, created on first use and shared by every caller (it is
 * thread-safe for annotation). Loading the models takes tens of seconds and over a gigabyte of
 * heap, annotating an article takes milliseconds, so nothing else may create a pipeline.
 *
 * <p>Annotators are chosen for speed: {@code tokenize, ssplit, pos, lemma, ner}. The constituency
 * and dependency parsers, coreference and the toolkit's quote annotator are left out: they cost
 * several times the rest together, and the rules in {@code org.dossier.annotate.rules} (speakers
 * through verbs of saying, pronoun subjects, paragraph carry-over) do better on news quotes than
 * the quote annotator did. SUTime and the numeric classifiers are off too: time expressions belong
 * to the time tagger, numbers are read from part-of-speech tags.
 */
public final class CoreNlpPipeline {
    private static final String OVERRIDE_PREFIX = "dossier.corenlp.";
    private static volatile StanfordCoreNLP pipeline;
    private static volatile long loadMillis = -1;

    private CoreNlpPipeline() {}

    /** The shared pipeline, loading it on first call. */
    public static StanfordCoreNLP shared() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlpPipeline.class) {
                p = pipeline;
                if (p == null) {
                    long t0 = System.nanoTime();
                    p = new StanfordCoreNLP(properties());
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** How long loading took, in milliseconds, or -1 before the first load. */
    public static long loadMillis() {
        return loadMillis;
    }

    /** The pipeline configuration (see the class comment for why each choice). */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // every line break left by ToolkitText is a real break: headlines, bylines, paragraphs
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // one CRF model (person, organization, location, misc) instead of the default three: half the
        // load time and heap, twice the speed, and the same names on our gold sets
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("pos.maxlen", "150");
        props.setProperty("ner.maxlen", "150");
        // -Ddossier.corenlp.KEY=VALUE overrides any setting, e.g. to try other NER models
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(OVERRIDE_PREFIX)) props.setProperty(key.substring(OVERRIDE_PREFIX.length()), System.getProperty(key));
        }
        return props;
    }
}
