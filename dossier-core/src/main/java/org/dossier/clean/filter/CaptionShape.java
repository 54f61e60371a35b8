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
    /**
     * The other caption convention: a noun phrase and a past participle, with no finite verb
     * ("Flowers left at the gate of the school."). The participle follows a plural noun ("The
     * ferry left at dawn" is a past-tense sentence), is followed by a place, and the sentence holds
     * no auxiliary or reporting verb, which a past-tense lead would.
     */
    private static final Pattern PARTICIPLE_SCENE = Pattern.compile(
            "\\b\\p{L}+[^s\\W]s\\s+(?:left|laid|placed|piled|stacked|parked|displayed|lined\\s+up|set\\s+up)\\s+"
                    + "(?:at|outside|near|by|in|on|along|beside|in\\s+front\\s+of)\\b");
    private static final Pattern FINITE = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|said|says|told|did|does|do|been)\\b");
    /** Past-tense reporting: a lead that says who told whom what, never a caption of a scene. */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|told|had|was|were|did)\\b");
    private static final int MAX_WORDS = 40;

    private CaptionShape() {}

    static boolean looksLikeCaption(String text) {
        int words = BlockText.words(text);
        return words >= 3 && words <= MAX_WORDS && BlockText.isSingleLine(text)
                && !BlockText.hasInnerSentenceBreak(text) && !text.startsWith("\"") && !text.startsWith("\u201c")
                && (SCENE_VERB.matcher(text).find() && !REPORTED.matcher(text).find()
                        || words <= 20 && PARTICIPLE_SCENE.matcher(text).find() && !FINITE.matcher(text).find());
    }
}
