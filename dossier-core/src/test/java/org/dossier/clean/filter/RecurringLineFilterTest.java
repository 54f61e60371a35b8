package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dossier.clean.CleanContext;
import org.dossier.clean.CorpusStatistics;
import org.dossier.parse.Block;
import org.dossier.parse.ParsedDocument;
import org.dossier.parse.TextParser;
import org.dossier.source.RawDocument;
import org.junit.jupiter.api.Test;

class RecurringLineFilterTest {
    private static RawDocument doc(String url, String text) {
        return new RawDocument(url, "text/plain", text.getBytes(StandardCharsets.UTF_8), url, Map.of());
    }

    private static ParsedDocument parse(RawDocument d) throws Exception {
        return new TextParser().parse(d);
    }

    @Test
    void dropsLinesAnOutletRepeatsButNotTheStory() throws Exception {
        String slogan = "Coastline Weekly: news from every harbour";
        String[] stories = {
            "The ferry ran late on Monday.", "Fares will rise in spring.", "The pier reopened on Friday.", "A new crane arrived."};
        CorpusStatistics stats = new CorpusStatistics();
        for (int i = 0; i < stories.length; i++) {
            RawDocument d = doc("https://coastline.example/" + i, stories[i] + "\n\n" + slogan);
            stats.add(d, parse(d));
        }
        RawDocument other = doc("https://elsewhere.example/x", stories[0] + "\n\n" + slogan);
        stats.add(other, parse(other));

        RawDocument d = doc("https://coastline.example/0", stories[0] + "\n\n" + slogan);
        ParsedDocument p = parse(d);
        List<Block> out = new RecurringLineFilter().apply(p.blocks(), new CleanContext(d, p, stats));
        assertEquals(List.of(stories[0]), out.stream().map(b -> b.text().text()).toList());

        ParsedDocument po = parse(other);
        assertEquals(2, new RecurringLineFilter().apply(po.blocks(), new CleanContext(other, po, stats)).size());
    }
}
