package org.dossier.parse.html;

import java.util.regex.Pattern;

/**
 * Short lines that templates put around articles, in the languages news pages most often come in:
 * share and follow prompts, "read more" and "related" lead-ins, newsletter and cookie prompts,
 * advertisement labels, photo credits, copyright and legal lines, "N min read", posted-on lines.
 * Only short blocks are tested, so an article that discusses newsletters keeps its sentences.
 */
final class BoilerplatePhrases {
    /** Blocks longer than this are never judged by phrase. */
    static final int MAX_LENGTH = 160;

    private static final Pattern WHOLE = Pattern.compile("(?iu)^\\W*(advertisement|advertising|anzeige|werbung"
            + "|publicidad|publicité|pubblicità|reklama|sponsored|gesponsert|ad|ads|share|teilen|compartir|partager"
            + "|condividi|udostępnij|print|drucken|email|e-mail|tweet|whatsapp|facebook|twitter|linkedin|pinterest"
            + "|comments?|kommentare?|reply|antworten|like|loading|more|mehr|top|menu|menü|home|startseite"
            + "|close|schließen|back|zurück|next|weiter|previous|vorherige|tags?|schlagwörter|themen"
            + "|related|related articles|related posts|related stories|ähnliche artikel|read more|weiterlesen"
            + "|mehr lesen|leer más|lire la suite|leggi anche|czytaj także|czytaj więcej|continue reading"
            + "|view comments|show comments|ver comentarios|click here|hier klicken|listen|anhören)\\W*$");

    private static final Pattern START = Pattern.compile("(?iu)^\\W*("
            + "share (this|on|the)|follow us|folgen sie|sign up|subscribe|abonnieren|jetzt abonnieren"
            + "|newsletter|get (our|the) newsletter|read more|read also|read next|see also|more from|more on this"
            + "|more stories|recommended|you (may|might) also|also read|related:|mehr zum thema|lesen sie auch"
            + "|auch interessant|das könnte sie auch|weitere artikel|weitere informationen|zum thema:|mehr dazu"
            + "|lire aussi|à lire aussi|voir aussi|lee también|leer también|te puede interesar|leia também"
            + "|leggi anche|czytaj też|zobacz też|photo:|foto:|fotos:|bild:|bilder:|image:|images:|picture:"
            + "|credit:|credits:|source:|quelle:|fuente:|crédit|photograph:|illustration:|grafik:"
            + "|©|\\(c\\) |copyright|all rights reserved|alle rechte vorbehalten|todos los derechos"
            + "|tous droits réservés|posted (on|in|by)|published (on|in)|filed under|tagged|tags:|categories:"
            + "|category:|kategorie:|schlagworte:|veröffentlicht (am|von)|erschienen am|aktualisiert|updated:"
            + "|last updated|zuletzt aktualisiert|stand:|advertisement|anzeige|werbung|cookie|we use cookies"
            + "|wir verwenden cookies|diese website verwendet|this (site|website) uses|privacy policy"
            + "|datenschutz|impressum|terms of (use|service)|skip to|springe zum|zum inhalt|back to top"
            + "|nach oben|click to|klicken sie|leave a (comment|reply)|schreibe einen kommentar|kommentar schreiben"
            + "|\\d+ comments?|\\d+ kommentare?|log in|login|anmelden|registrieren|melden sie sich"
            + "|listen to (this|the) (article|story)|artikel anhören|\\d+ min(ute)?s? read|lesezeit"
            + "|reading time|min\\. lesezeit|this article (is|was) (more than|over)|support (our|independent)"
            + "|unterstützen sie|jetzt spenden|donate|spenden|you are here|sie sind hier|breadcrumb)");

    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por|di|przez|door|af|av)\\s+\\p{Lu}[\\p{L}.'’-]+"
            + "(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(\\s*(,|and|und|&|y|et|e)\\s*\\p{Lu}[\\p{L}.'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3})*"
            + "[\\s,|·•–-]*.{0,60}$");

    private BoilerplatePhrases() {}

    /** Whether a short block reads as template text. */
    static boolean isBoilerplate(String text) {
        if (text.length() > MAX_LENGTH) return false;
        return WHOLE.matcher(text).matches() || START.matcher(text).lookingAt() || isByline(text);
    }

    /** "By Jane Roe", "Von Max Muster und Erika Beispiel, 3. März 2024": a byline, not body text. */
    static boolean isByline(String text) {
        if (text.length() > 100 || Words.count(text) > 10) return false;
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ':' && BYLINE.matcher(text).matches();
    }
}
