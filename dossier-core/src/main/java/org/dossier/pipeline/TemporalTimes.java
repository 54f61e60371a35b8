package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.TimeMention;
import org.dossier.annotate.TimeTagger;
import org.dossier.model.Article;
import org.dossier.time.TemporalTagger;

/**
 * Plugs the {@link TemporalTagger} into the annotate stage's time slot: each article's time
 * expressions normalized against its publication date, in the annotate stage's flat form.
 */
public final class TemporalTimes implements TimeTagger {
    @Override
    public List<TimeMention> tag(Article article) {
        List<TimeMention> out = new ArrayList<>();
        for (org.dossier.time.TimeMention m : TemporalTagger.english().tag(article.text(), article.published())) {
            out.add(new TimeMention(m.span(), m.text(), m.type().name(), m.value(),
                    m.anchor() == null ? null : m.anchor().toString()));
        }
        return out;
    }
}
