package org.dossier.formats.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dossier.source.ContainerContext;
import org.dossier.source.ContainerReader;
import org.dossier.source.Hints;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.Problem;
import org.dossier.source.RawDocument;

/**
 * Expands an RSS or Atom feed into one document per item, named {@code feed.xml#item=N}: the
 * item's fullest content ({@code content:encoded}, Atom {@code content}, else the description) as
 * HTML, with the item's title, date, link and authors, and the feed's title and language, as
 * hints. A feed is small by nature, so it is parsed whole (within the size limit); doctypes are
 * refused, which keeps external entities out.
 */
public final class FeedContainerReader implements ContainerReader {
    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypeDetector.RSS, MediaTypeDetector.ATOM);
    }

    @Override
    public void expand(String source, InputStream in, ContainerContext context, Consumer<RawDocument> out)
            throws IOException {
        byte[] bytes = context.readMember(source, in);
        if (bytes == null) return;
        SyndFeed feed;
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable feed: " + Problem.oneLine(e.getMessage()), e);
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) context.problems().report(source, "feed has no items");
        for (int i = 0; i < entries.size(); i++) {
            String member = source + "#item=" + (i + 1);
            try {
                item(member, feed, entries.get(i), context, out);
            } catch (RuntimeException e) {
                context.problems().report(member, "unreadable feed item (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private static void item(String member, SyndFeed feed, SyndEntry entry, ContainerContext context,
            Consumer<RawDocument> out) {
        SyndContent content = fullest(entry);
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            context.problems().report(member, "feed item has no text" + (entry.getTitle() == null ? ""
                    : " (only the headline \"" + entry.getTitle().strip() + "\")"));
            return;
        }
        Map<String, String> hints = new HashMap<>();
        put(hints, Hints.TITLE, entry.getTitle());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) hints.put(Hints.DATE, date.toInstant().toString());
        put(hints, Hints.AUTHORS, authors(entry));
        put(hints, Hints.OUTLET, feed.getTitle());
        put(hints, Hints.LANGUAGE, feed.getLanguage());
        if (entry.getDescription() != null && content != entry.getDescription()) {
            put(hints, Hints.DESCRIPTION, entry.getDescription().getValue());
        }
        hints.put(Hints.CHARSET, "UTF-8");
        String type = isPlainText(content) ? MediaTypeDetector.TEXT : MediaTypeDetector.HTML;
        out.accept(new RawDocument(member, type, content.getValue().getBytes(StandardCharsets.UTF_8),
                entry.getLink(), hints));
    }

    /** The longest of the item's contents and its description. */
    private static SyndContent fullest(SyndEntry entry) {
        SyndContent best = entry.getDescription();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && (best == null || best.getValue() == null
                    || c.getValue().length() > best.getValue().length())) {
                best = c;
            }
        }
        return best;
    }

    private static boolean isPlainText(SyndContent content) {
        String t = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return (t.equals("text") || t.equals("text/plain")) && !content.getValue().contains("<");
    }

    /** Authors separated by {@code "; "}: the item's authors, else its single author field. */
    private static String authors(SyndEntry entry) {
        String names = entry.getAuthors().stream().map(SyndPerson::getName)
                .filter(n -> n != null && !n.isBlank()).map(String::strip).collect(Collectors.joining("; "));
        return names.isEmpty() ? entry.getAuthor() : names;
    }

    private static void put(Map<String, String> hints, String key, String value) {
        if (value != null && !value.isBlank()) hints.put(key, value.strip());
    }
}
