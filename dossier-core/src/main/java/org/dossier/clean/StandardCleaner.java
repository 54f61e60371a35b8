package org.dossier.clean;

import java.util.List;
import org.dossier.clean.filter.AdvertisementFilter;
import org.dossier.clean.filter.BylineFilter;
import org.dossier.clean.filter.CommentSectionFilter;
import org.dossier.clean.filter.CopyrightFilter;
import org.dossier.clean.filter.DateLineFilter;
import org.dossier.clean.filter.FooterFilter;
import org.dossier.clean.filter.HeadlineFilter;
import org.dossier.clean.filter.LeadingCaptionFilter;
import org.dossier.clean.filter.LineReflow;
import org.dossier.clean.filter.MarkdownResidue;
import org.dossier.clean.filter.NewsletterPromptFilter;
import org.dossier.clean.filter.PageFurnitureFilter;
import org.dossier.clean.filter.ParagraphRejoin;
import org.dossier.clean.filter.PhotoCreditFilter;
import org.dossier.clean.filter.PullQuoteFilter;
import org.dossier.clean.filter.ReadingTimeFilter;
import org.dossier.clean.filter.RecurringLineFilter;
import org.dossier.clean.filter.RelatedLinksFilter;
import org.dossier.clean.filter.ShareBarFilter;
import org.dossier.clean.filter.SourceUrlResidueFilter;
import org.dossier.clean.filter.TagsFilter;
import org.dossier.clean.filter.UnicodeNormalizer;
import org.dossier.clean.filter.WhitespaceCollapse;
import org.dossier.clean.repair.MojibakeRepair;
import org.dossier.clean.repair.SubstitutionRepair;

/**
 * The standard cleaning chain, in the order that makes each step's job easy for the next:
 *
 * <ol>
 *   <li>characters: {@link UnicodeNormalizer};</li>
 *   <li>template lines, before anything moves them: {@link PageFurnitureFilter} (PDF running
 *       headers, footers, page numbers), {@link RecurringLineFilter} (lines an outlet repeats);</li>
 *   <li>markup, so later patterns see plain words: {@link MarkdownResidue};</li>
 *   <li>paragraphs: {@link LineReflow} joins hard-wrapped lines and splits real breaks;</li>
 *   <li>boilerplate blocks, each filter one kind: bylines, date stamps, headline, reading time,
 *       photo credits and captions, share bars, newsletter prompts, related links, tags, ads,
 *       copyright, footers, save-tool residue, and the comment section with what follows it;</li>
 *   <li>structure: {@link PullQuoteFilter} (before rejoining, so a pull quote is not glued to
 *       its neighbour), {@link ParagraphRejoin}, {@link WhitespaceCollapse};</li>
 *   <li>repairs on the joined text: {@link MojibakeRepair}, then {@link SubstitutionRepair}.</li>
 * </ol>
 *
 * <pre>{@code
 * Cleaner cleaner = StandardCleaner.create();
 * CleanedText clean = cleaner.clean(raw, parsed, corpusEvidence);
 * }</pre>
 */
public final class StandardCleaner {
    private StandardCleaner() {}

    /** The standard chain with the shipped English dictionary (loaded once per JVM, on first use). */
    public static Cleaner create() {
        return create(EnglishDictionary.get());
    }

    /** The standard chain with the given dictionary. */
    public static Cleaner create(EnglishDictionary dictionary) {
        return new Cleaner(filters(dictionary), repairs(dictionary));
    }

    /** The block filters of the standard chain, in order. */
    public static List<BlockFilter> filters(Lexicon lexicon) {
        return List.of(
                new UnicodeNormalizer(),
                new PageFurnitureFilter(),
                new RecurringLineFilter(),
                new MarkdownResidue(),
                new LineReflow(lexicon),
                new BylineFilter(),
                new DateLineFilter(),
                new HeadlineFilter(),
                new ReadingTimeFilter(),
                new PhotoCreditFilter(),
                new ShareBarFilter(),
                new NewsletterPromptFilter(),
                new RelatedLinksFilter(),
                new TagsFilter(),
                new AdvertisementFilter(),
                new CopyrightFilter(),
                new FooterFilter(),
                new SourceUrlResidueFilter(),
                new CommentSectionFilter(),
                new LeadingCaptionFilter(),
                new PullQuoteFilter(),
                new ParagraphRejoin(lexicon),
                new WhitespaceCollapse());
    }

    /** The text repairs of the standard chain, in order. */
    public static List<TextRepair> repairs(EnglishDictionary dictionary) {
        return List.of(new MojibakeRepair(dictionary), new SubstitutionRepair(dictionary));
    }
}
