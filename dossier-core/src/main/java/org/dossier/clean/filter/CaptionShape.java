package org.dossier.clean.filter;

import java.util.regex.Pattern;

/**
 * What a photo caption reads like: one short sentence in the present tense that describes a
 * scene ("The minister speaks during a news conference in the capital on Monday."), the
 * convention of wire photo captions. News prose reports in the past tense, so the present-tense
 * scene verbs are the telling sign.
 */
final class CaptionShape {
    private static final Pattern SCENE_VERB = Pattern.compile(
            "\\b(?:meets?\\s+with|meets|speaks|speak|attends|attend|gestures|gesture|looks\\s+on|poses|pose|waves|wave|"
                    + "arrives|arrive|walks|walk|stands|stand|sits|sit|holds|hold|listens|listen|smiles|shakes\\s+hands|"
                    + "delivers|addresses|greets|greet|is\\s+seen|are\\s+seen|pictured|takes\\s+part|take\\s+part|"
                    + "react|reacts|gather|gathers|march|marches|celebrate|celebrates|leaves|leave|is\\s+escorted)\\b"
                    + "|\\((?:left|right|centre|center|L|R|C)\\)");
    private static final int MAX_WORDS = 40;

    private CaptionShape() {}

    static boolean looksLikeCaption(String text) {
        int words = BlockText.words(text);
        return words >= 3 && words <= MAX_WORDS && BlockText.isSingleLine(text)
                && !BlockText.hasInnerSentenceBreak(text) && !text.startsWith("\"") && !text.startsWith("\u201c")
                && SCENE_VERB.matcher(text).find();
    }
}
