package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.text.Span;

/**
 * A read-only view of one tagged article for the discourse rules (quotes, speakers, attribution):
 * which tokens are inside quotation marks, which name mention covers a token, and a sentence's
 * tokens with quoted words left out, so that the verbs inside a quote never pass for the verbs of
 * the reporter's frame around it.
 */
final class Discourse {
    final TaggedText text;
    final List<Span> quotes;
    final List<EntityMention> mentions;

    Discourse(TaggedText text, List<Span> quotes, List<EntityMention> mentions) {
        this.text = text;
        this.quotes = quotes;
        this.mentions = mentions;
    }

    boolean inQuote(Token t) {
        for (Span q : quotes) if (q.start() <= t.start() && t.end() <= q.end()) return true;
        return false;
    }

    /** The name mention covering {@code t}, or {@code null}. */
    EntityMention mentionAt(Token t) {
        for (EntityMention m : mentions) if (m.span().start() <= t.start() && t.end() <= m.span().end()) return m;
        return null;
    }

    /** A person or organization mention covering {@code t} (those can speak), or {@code null}. */
    EntityMention speakerMentionAt(Token t) {
        EntityMention m = mentionAt(t);
        return m != null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) ? m : null;
    }

    /** The sentence's tokens outside quotation marks, in order. */
    List<Token> frame(TaggedSentence s) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) if (!inQuote(t)) out.add(t);
        return out;
    }

    /** Frame tokens of the sentence that lie before {@code offset}. */
    List<Token> frameBefore(TaggedSentence s, int offset) {
        List<Token> out = new ArrayList<>();
        for (Token t : frame(s)) if (t.end() <= offset) out.add(t);
        return out;
    }

    /** Frame tokens of the sentence that lie after {@code offset}, up to the next quotation. */
    List<Token> frameAfter(TaggedSentence s, int offset) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.start() < offset) continue;
            if (inQuote(t)) {
                if (!out.isEmpty()) break;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    TaggedSentence sentence(int index) {
        return index >= 0 && index < text.sentences().size() ? text.sentences().get(index) : null;
    }

    String cover(List<Token> tokens) {
        return text.text().substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end()).replaceAll("\\s+", " ");
    }
}
