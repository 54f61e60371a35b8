package org.dossier.meta;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.clean.CleanedText;
import org.dossier.meta.lang.LanguageCodes;
import org.dossier.meta.lang.LanguageGuess;
import org.dossier.meta.lang.LanguageIdentifier;
import org.dossier.meta.lang.OpenNlpLanguageIdentifier;
import org.dossier.parse.MetadataCandidate;
import org.dossier.parse.MetadataField;
import org.dossier.parse.ParsedDocument;
import org.dossier.source.Hints;
import org.dossier.source.RawDocument;

/**
 * The standard metadata resolver. It pools every candidate value — the parser's (meta tags,
 * JSON-LD, markup), the carrier's hints, what the text's own lines say (bylines, date lines,
 * datelines, source lines) and what the URL says — then chooses each field by trust of origin,
 * after the field's own checks (a title is not the site name; an author is a person; a date is
 * not in the future). {@code publishedBasis} names the origin of the chosen date.
 *
 * <pre>{@code
 * ArticleMetadata m = new CandidateMetadataResolver().resolve(raw, parsed, cleaned);
 * }</pre>
 */
public final class CandidateMetadataResolver implements MetadataResolver {
    /** Detection overrides a page's declared language only when it wins this clearly... */
    private static final double OVERRIDE_MARGIN = 0.5;
    /** ...on at least this much text. */
    private static final int OVERRIDE_MIN_CHARS = 300;

    private final LanguageIdentifier languages;
    private final Clock clock;

    /** With OpenNLP language identification and the system clock. */
    public CandidateMetadataResolver() {
        this(new OpenNlpLanguageIdentifier(), Clock.systemUTC());
    }

    /**
     * @param languages identifies the body's language
     * @param clock     gives "today", the latest possible publication date when the carrier gives
     *                  no capture date
     */
    public CandidateMetadataResolver(LanguageIdentifier languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public ArticleMetadata resolve(RawDocument document, ParsedDocument parsed, CleanedText cleaned) {
        List<MetadataCandidate> all = new ArrayList<>(parsed.metadata());
        boolean captured = addHints(all, document);
        boolean markup = document.mediaType() != null && document.mediaType().contains("html");
        TextMetadataScanner.Findings text = TextMetadataScanner.scan(parsed.blocks(), markup);
        all.addAll(text.candidates());

        String url = chooseUrl(all, document.url());
        addUrlFacts(all, url, "url");
        if (document.url() != null && !document.url().equals(url)) addUrlFacts(all, document.url(), "carrier-url");

        String outlet = chooseOutlet(all);
        Set<String> siteNames = new LinkedHashSet<>();
        all.stream().filter(c -> c.field() == MetadataField.SITE_NAME).forEach(c -> siteNames.add(c.value()));
        if (url != null && UrlFacts.host(url) != null) siteNames.add(UrlFacts.siteLabel(UrlFacts.host(url)));
        List<String> statedSiteNames = all.stream()
                .filter(c -> c.field() == MetadataField.SITE_NAME && !c.origin().endsWith(":host"))
                .map(MetadataCandidate::value).toList();
        AuthorChooser.Choice authors = AuthorChooser.choose(all, statedSiteNames);
        all.addAll(authors.wires());

        // one day of slack either way: a page dated in Tokyo's evening may be captured in UTC's morning
        LocalDate reference = (captured ? LocalDate.parse(document.hint(Hints.DATE).strip().substring(0, 10))
                : LocalDate.now(clock)).plusDays(1);
        Optional<PublishedDateChooser.Choice> date = PublishedDateChooser.choose(all, reference, captured);

        Optional<String> title = TitleChooser.choose(all, siteNames, text.titleSpan(), cleaned);

        String wire = best(all, MetadataField.WIRE).map(c -> WireAgencies.named(c.value()).orElse(c.value())).orElse(null);
        return new ArticleMetadata(
                title.orElse(null),
                outlet,
                withoutAgency(authors.authors(), wire),
                wire,
                date.map(PublishedDateChooser.Choice::date).orElse(null),
                date.map(PublishedDateChooser.Choice::basis).orElse(null),
                url,
                chooseLanguage(all, cleaned));
    }

    /**
     * The authors less the wire agency: a byline "By Norlink" over a story whose dateline credits
     * an agency unknown to the agency list names the agency, not a person.
     */
    static List<String> withoutAgency(List<String> authors, String wire) {
        if (wire == null) return authors;
        String key = Titles.key(wire);
        return authors.stream().filter(a -> !Titles.key(a).equals(key)).toList();
    }

    /** Adds the carrier's hints; returns true when its date is a capture date. */
    private static boolean addHints(List<MetadataCandidate> all, RawDocument doc) {
        hint(all, doc, Hints.TITLE, MetadataField.TITLE, 0.8);
        hint(all, doc, Hints.OUTLET, MetadataField.SITE_NAME, 0.85);
        hint(all, doc, Hints.AUTHORS, MetadataField.AUTHOR, 0.8);
        hint(all, doc, Hints.LANGUAGE, MetadataField.LANGUAGE, 0.8);
        boolean captured = Boolean.parseBoolean(doc.hint(Hints.DATE_IS_CAPTURE));
        String date = doc.hint(Hints.DATE);
        if (captured && (date == null || DateParsing.parse(date).isEmpty())) return false;
        if (!captured) hint(all, doc, Hints.DATE, MetadataField.PUBLISHED, 0.85);
        return captured && date.strip().matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    private static void hint(List<MetadataCandidate> all, RawDocument doc, String key, MetadataField field, double conf) {
        String v = doc.hint(key);
        if (v != null && !v.isBlank()) all.add(new MetadataCandidate(field, v.strip(), "carrier:" + key, conf));
    }

    /** The canonical URL: an absolute URL from the page unless it only points at the home page. */
    private static String chooseUrl(List<MetadataCandidate> all, String documentUrl) {
        List<MetadataCandidate> urls = new ArrayList<>(all.stream().filter(c -> c.field() == MetadataField.URL).toList());
        if (documentUrl != null) urls.add(new MetadataCandidate(MetadataField.URL, documentUrl, "carrier:url", 0.75));
        urls.sort(Comparator.comparingDouble(MetadataCandidate::confidence).reversed());
        for (MetadataCandidate c : urls) {
            String u = absolute(c.value().strip(), documentUrl);
            if (u == null) continue;
            if (documentUrl != null && isHomePage(u) && !isHomePage(documentUrl)) continue;
            return u;
        }
        return null;
    }

    private static String absolute(String url, String base) {
        if (UrlFacts.isAbsolute(url)) return url;
        if (base == null || !UrlFacts.isAbsolute(base) || url.isBlank()) return null;
        try {
            return URI.create(base).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isHomePage(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() || path.equals("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void addUrlFacts(List<MetadataCandidate> all, String url, String origin) {
        if (url == null) return;
        UrlFacts.pathDate(url).ifPresent(d ->
                all.add(new MetadataCandidate(MetadataField.PUBLISHED, d.toString(), origin + ":path", 0.7)));
        String name = OutletNames.fromHost(UrlFacts.host(url));
        if (name != null) all.add(new MetadataCandidate(MetadataField.SITE_NAME, name, origin + ":host", 0.45));
    }

    /** The outlet: a stated site name unless it is a URL or a slogan-length phrase. */
    private static String chooseOutlet(List<MetadataCandidate> all) {
        return all.stream()
                .filter(c -> c.field() == MetadataField.SITE_NAME)
                .sorted(Comparator.comparingDouble(MetadataCandidate::confidence).reversed())
                .map(c -> outletName(c.value()))
                .filter(v -> v != null && !v.isBlank() && v.length() <= 60 && v.split("\\s+").length <= 7)
                .findFirst().orElse(null);
    }

    private static String outletName(String value) {
        String v = Markup.strip(value);
        if (UrlFacts.isAbsolute(v)) return OutletNames.fromHost(UrlFacts.host(v));
        if (v.matches("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}")) {
            return OutletNames.fromHost(UrlFacts.host("https://" + v));
        }
        return OutletNames.withoutTagline(v);
    }

    /**
     * The language: detected from the body when the detector is clearly sure on enough text
     * (declarations are often a template's default), else as declared, else as detected.
     */
    private String chooseLanguage(List<MetadataCandidate> all, CleanedText cleaned) {
        String declared = all.stream().filter(c -> c.field() == MetadataField.LANGUAGE)
                .sorted(Comparator.comparingDouble(MetadataCandidate::confidence).reversed())
                .map(c -> LanguageCodes.normalise(c.value())).filter(v -> v != null).findFirst().orElse(null);
        Optional<LanguageGuess> detected = languages.identify(cleaned.text());
        if (detected.isPresent()) {
            LanguageGuess g = detected.get();
            boolean sure = g.margin() >= OVERRIDE_MARGIN && cleaned.text().length() >= OVERRIDE_MIN_CHARS;
            if (declared == null || sure) return g.language();
        }
        return declared;
    }

    private static Optional<MetadataCandidate> best(List<MetadataCandidate> all, MetadataField field) {
        return all.stream().filter(c -> c.field() == field)
                .max(Comparator.comparingDouble(MetadataCandidate::confidence));
    }
}
