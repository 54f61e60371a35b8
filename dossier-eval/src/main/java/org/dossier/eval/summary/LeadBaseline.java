package org.dossier.eval.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.annotate.light.LightTagger;
import org.dossier.annotate.rules.TaggedSentence;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.DossierReport;
import org.dossier.model.Event;
import org.dossier.model.SummarySentence;

/**
 * The lead-N baseline of news summarization: an event's summary is the first N sentences of its
 * earliest report's text (the headline left out where the text repeats it). Hard to beat on coverage of a single story, since news leads
 * carry the main facts; it cannot tell where sources disagree, which is what it is here to show.
 */
final class LeadBaseline {
    private LeadBaseline() {}

    static Map<String, List<SummarySentence>> summaries(DossierReport report, int n) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : report.articles()) byId.put(a.id(), a);
        Map<String, List<SummarySentence>> out = new LinkedHashMap<>();
        for (Event e : report.events()) {
            Article first = e.articles().stream().map(byId::get)
                    .min(Comparator.comparing((Article a) -> a.published() == null ? LocalDate.MAX : a.published())
                            .thenComparing(Article::publishedInferred))
                    .orElseThrow();
            List<SummarySentence> lead = new ArrayList<>();
            String title = first.title() == null ? "" : first.title().strip();
            for (TaggedSentence s : LightTagger.tag(first.text()).sentences()) {
                String words = first.text().substring(s.span().start(), s.span().end());
                if (words.strip().equalsIgnoreCase(title)) continue;
                lead.add(new SummarySentence(words, List.of(new Citation(first.id(), s.span()))));
                if (lead.size() == n) break;
            }
            out.put(e.id(), lead);
        }
        return out;
    }
}
