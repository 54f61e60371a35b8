package org.dossier.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.annotate.rules.Token;
import org.dossier.annotate.rules.ToolkitText;
import org.dossier.text.Span;

/**
 * Tags an article text with the shared CoreNLP pipeline and hands the result over as toolkit-neutral
 * {@link TaggedText}. The text is prepared with {@link ToolkitText} (same length, so CoreNLP's
 * offsets are offsets into the article text); paragraphs are counted from the line breaks that
 * preparation kept.
 */
public final class CoreNlpTagger {
    /** Tags {@code text}; spans in the result index {@code text}. */
    public TaggedText tag(String text) {
        String prepared = ToolkitText.prepare(text);
        Annotation doc = new Annotation(prepared);
        CoreNlpPipeline.shared().annotate(doc);
        List<TaggedSentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lastEnd = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            int start = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            if (prepared.substring(lastEnd, start).indexOf('\n') >= 0 && !sentences.isEmpty()) paragraph++;
            lastEnd = end;
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(new Span(l.beginPosition(), l.endPosition()),
                        text.substring(l.beginPosition(), l.endPosition()), l.tag(), lemma, ner));
            }
            sentences.add(new TaggedSentence(sentences.size(), paragraph, new Span(start, end), tokens));
        }
        return new TaggedText(text, sentences);
    }
}
