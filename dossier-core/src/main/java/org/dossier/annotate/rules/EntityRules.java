package org.dossier.annotate.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.EntityMention;
import org.dossier.annotate.EntityType;
import org.dossier.text.Span;

/**
 * Builds entity mentions from token tags and fixes the toolkit's known errors:
 * <ul>
 *   <li>pronouns tagged as persons are dropped (they are resolved by the quote rules instead);</li>
 *   <li>URLs, e-mail addresses and handles are never entities (their digits also fool date taggers);</li>
 *   <li>a name split across a head noun the tagger left out ("Soviet" + "Union", "Finance" +
 *       "Ministry") is joined, and typed by its head;</li>
 *   <li>a byline marker ("By") or an honorific glued to a name is cut off;</li>
 *   <li>demonym adjectives ("Belarusian", "French") are not entities: they name no referent.</li>
 * </ul>
 * Names inside markup are handled earlier: {@link ToolkitText} blanks the markup.
 */
public final class EntityRules {
    private static final Set<String> PRONOUNS = Set.of("i", "me", "he", "him", "she", "her", "it", "we", "us",
            "they", "them", "you", "his", "hers", "its", "our", "their", "your", "who", "whom");
    private static final Set<String> LOCATION_HEADS = Set.of("union", "republic", "kingdom", "states", "emirates",
            "islands", "federation");
    private static final Set<String> ORGANIZATION_HEADS = Set.of("ministry", "council", "party", "committee", "bank",
            "court", "army", "front", "commission", "agency", "center", "centre", "institute", "university",
            "department", "office", "service", "embassy", "parliament", "assembly", "government", "police",
            "movement", "foundation", "association", "organization", "organisation", "corporation", "group");
    private static final Set<String> ORGANIZATION_NOUNS = Set.of("agency", "newspaper", "broadcaster", "channel",
            "outlet", "company", "firm", "group", "organization", "organisation", "party", "daily", "website",
            "network", "ministry", "movement", "union", "bank");
    private static final Set<String> LEADING_NOISE = Set.of("by", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");

    private EntityRules() {}

    public static List<EntityMention> mentions(TaggedText text) {
        List<EntityMention> raw = new ArrayList<>();
        for (TaggedSentence sentence : text.sentences()) raw.addAll(inSentence(text, sentence));
        return dropHeadlineGuesses(text, raw);
    }

    /**
     * Headlines and section titles capitalize every word, and taggers then read whole phrases as
     * organization or misc names. In such lines an organization or misc name is kept only when the
     * body names it too; people and places are kept (their tags hold up in title case).
     */
    private static List<EntityMention> dropHeadlineGuesses(TaggedText text, List<EntityMention> raw) {
        Set<String> bodyNames = new HashSet<>();
        List<Boolean> inTitle = new ArrayList<>();
        for (EntityMention m : raw) {
            TaggedSentence s = text.sentenceAt(m.span().start());
            boolean title = s != null && s.tokens().size() > 2
                    && ToolkitText.titleLike(text.text().substring(s.span().start(), s.span().end()));
            inTitle.add(title);
            if (!title) bodyNames.add(m.text());
        }
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            EntityMention m = raw.get(i);
            boolean guess = m.type() == EntityType.ORGANIZATION || m.type() == EntityType.OTHER;
            if (inTitle.get(i) && guess && !bodyNames.contains(m.text())) continue;
            out.add(m);
        }
        return out;
    }

    private static List<EntityMention> inSentence(TaggedText text, TaggedSentence sentence) {
        List<EntityMention> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = typeOf(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(tokens.get(i).ner())
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1) j++;
            // a name split before its head noun: join "Soviet" + "Union", "Finance" + "Ministry"
            while (j < tokens.size() && type != EntityType.PERSON && joinsAsHead(tokens, j)) {
                type = headType(tokens.get(j));
                j++;
            }
            int from = i;
            while (from < j && LEADING_NOISE.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) from++;
            if (from < j) add(out, text.text(), tokens, from, j, type);
            i = j;
        }
        return out;
    }

    private static boolean joinsAsHead(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return t.start() - tokens.get(j - 1).end() == 1 && t.isCapitalized() && headType(t) != null
                && typeOf(t.ner()) != EntityType.PERSON;
    }

    private static EntityType headType(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (LOCATION_HEADS.contains(w)) return EntityType.LOCATION;
        if (ORGANIZATION_HEADS.contains(w)) return EntityType.ORGANIZATION;
        return null;
    }

    private static void add(List<EntityMention> out, String text, List<Token> sentence, int from, int to,
            EntityType type) {
        List<Token> tokens = sentence.subList(from, to);
        if (type == EntityType.PERSON && appositiveOfOrganization(sentence, from)) type = EntityType.ORGANIZATION;
        Span span = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        String surface = text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
        if (tokens.size() == 1 && PRONOUNS.contains(surface.toLowerCase(Locale.ROOT))) return;
        if (surface.contains("://") || surface.contains("www.") || surface.contains("@") || surface.contains("/")) return;
        if (type == EntityType.OTHER && tokens.size() == 1 && tokens.get(0).pos().startsWith("JJ")) return;
        if (surface.chars().noneMatch(Character::isUpperCase) || surface.contains("|")) return;
        if (!out.isEmpty()) {
            EntityMention last = out.get(out.size() - 1);
            if (last.span().overlaps(span)) return;
        }
        out.add(new EntityMention(span, surface, type));
    }

    /** "the state news agency, Nova": a name set beside an organization noun names that organization. */
    private static boolean appositiveOfOrganization(List<Token> sentence, int from) {
        if (from < 2 || !sentence.get(from - 1).word().equals(",")) return false;
        String noun = sentence.get(from - 2).word().toLowerCase(Locale.ROOT);
        return ORGANIZATION_NOUNS.contains(noun);
    }

    /** Maps toolkit tags (coarse and fine-grained) to our four types; {@code null} for non-names. */
    static EntityType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC" -> EntityType.OTHER;
            default -> null;
        };
    }
}
