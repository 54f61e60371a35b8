package org.dossier.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.QuantityMention;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.QuantityRules;
import org.dossier.annotate.rules.TaggedText;
import org.dossier.model.Article;
import org.dossier.time.TemporalTagger;
import org.dossier.time.TimeMention;

/**
 * An article's headline as the events stage reads it. Why apart from the body: the cleaner keeps
 * the headline in the article's metadata, not in its text, yet the headline is the strongest
 * statement of which happening a report is about. So it is tagged on its own; every span here
 * indexes {@link #text()} (the title), never the article's text, and nothing here may be cited
 * as a span of the body.
 *
 * @param text       the headline as resolved from metadata
 * @param tagged     its words
 * @param quantities the numbers it states, bound to what they count (spans in the headline)
 * @param times      its time expressions, anchored on the publication date (spans in the headline)
 * @param names      the keys of the article's names that the headline writes
 */
public record Headline(String text, TaggedText tagged, List<QuantityMention> quantities, List<TimeMention> times,
        Set<String> names) {

    public Headline {
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        names = Set.copyOf(names);
    }

    /**
     * The headline from the article's metadata, or null when it has none or when the text itself
     * still opens with it (then the text's first sentence is the headline and has body spans).
     */
    public static Headline of(AnnotatedArticle a) {
        Article article = a.article();
        String title = article.title();
        if (title == null || title.isBlank()) return null;
        String t = title.strip();
        if (article.text().stripLeading().startsWith(t)) return null;
        TaggedText tagged = LightTagger.tag(t);
        LocalDate published = article.published();
        List<TimeMention> times = TemporalTagger.english().tag(t, published);
        return new Headline(t, tagged, QuantityRules.find(tagged), times, names(t, a.entities()));
    }

    /**
     * The article's names written in the headline. A headline capitalizes every word, so its own
     * capitals say little; a name counts when the body names it too and the headline writes it.
     */
    private static Set<String> names(String title, List<EntityMention> entities) {
        String lower = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Set<String> out = new HashSet<>();
        for (EntityMention e : entities) {
            for (String key : Profiler.nameKeys(e.text())) {
                if (lower.contains(" " + key + " ")) out.add(key);
            }
        }
        return out;
    }
}
