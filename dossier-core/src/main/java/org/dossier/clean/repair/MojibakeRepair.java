package org.dossier.clean.repair;

import java.util.Locale;
import java.util.Optional;
import org.dossier.clean.CleanContext;
import org.dossier.clean.Lexicon;
import org.dossier.clean.TextEdits;
import org.dossier.clean.TextRepair;
import org.dossier.model.Repair;
import org.dossier.text.MappedText;

/**
 * Repairs mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere on its way
 * ("donâ€™t" for "don’t", "cafÃ©" for "café"), also when that happened twice, and the lossy forms
 * where a byte Windows-1252 cannot decode became U+FFFD or vanished ("â€\uFFFD" for "”").
 *
 * <p>How: every run of characters that stand for bytes (see {@link Cp1252}) is read back as
 * bytes and decoded as UTF-8, one well-formed sequence at a time; a sequence is only replaced when
 * it decodes to a valid character of a script or symbol block that news text uses (see
 * {@link #isPlausible}), so a genuine "É”" at the end of a quoted capitalized word stays. A
 * lost byte is guessed from the five Windows-1252 leaves undefined, preferring the one that makes
 * the surrounding word known. Rounds repeat (at most three) to undo double encoding.
 */
public final class MojibakeRepair implements TextRepair {
    static final int MAX_ROUNDS = 3;

    private final Lexicon lexicon;

    public MojibakeRepair(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Result repair(MappedText text, CleanContext context) {
        MappedText current = text;
        int fixed = 0, rounds = 0;
        String example = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Pass pass = new Pass(current);
            pass.run();
            if (pass.edits.isEmpty()) break;
            if (example == null) example = pass.example;
            fixed += pass.edits.size();
            rounds++;
            current = pass.edits.apply();
        }
        if (fixed == 0) return Result.unchanged(text);
        String how = rounds > 1 ? "UTF-8 decoded as Windows-1252/Latin-1 " + rounds + " times (double encoding)"
                : "UTF-8 decoded as Windows-1252/Latin-1";
        return new Result(current, Optional.of(new Repair("mojibake",
                how + ": " + fixed + " sequences re-decoded as UTF-8, e.g. " + example, fixed)));
    }

    /** One left-to-right scan collecting replacements. */
    private final class Pass {
        final MappedText text;
        final String s;
        final TextEdits edits;
        String example;

        Pass(MappedText text) {
            this.text = text;
            this.s = text.text();
            this.edits = new TextEdits(text);
        }

        void run() {
            int i = 0;
            boolean evidence = false;
            while (i < s.length()) {
                int lead = Cp1252.byteOf(s.charAt(i));
                int k = lead < 0 ? -1 : Cp1252.continuations(lead);
                if (k < 0) {
                    i++;
                    continue;
                }
                int end = sequence(i, k);
                if (end > i) {
                    evidence = true;
                    i = end;
                } else {
                    i++;
                }
            }
            if (evidence) strayNoBreakLeads();
        }

        /** Tries to decode the sequence starting at {@code i}; returns its end, or {@code i} when it is not one. */
        int sequence(int i, int k) {
            int[] bytes = new int[k + 1];
            bytes[0] = Cp1252.byteOf(s.charAt(i));
            int lost = -1;
            for (int j = 1; j <= k; j++) {
                int b = i + j < s.length() ? Cp1252.byteOf(s.charAt(i + j)) : -1;
                if (b == Cp1252.LOST && lost < 0) {
                    lost = j;
                } else if (Cp1252.isContinuation(b)) {
                    bytes[j] = b;
                } else if (j == k && k == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80 && lost < 0) {
                    // the third byte vanished: in General Punctuation that is the closing quote
                    return replace(i, i + 2, "\u201d");
                } else {
                    return i;
                }
            }
            int end = i + k + 1;
            if (lost < 0) {
                int cp = Cp1252.decode(bytes);
                return cp >= 0 && isPlausible(cp) ? replace(i, end, new String(Character.toChars(cp))) : i;
            }
            String best = null;
            for (int candidate : Cp1252.UNDEFINED) {
                bytes[lost] = candidate;
                int cp = Cp1252.decode(bytes);
                if (cp < 0 || !isPlausible(cp)) continue;
                String decoded = new String(Character.toChars(cp));
                if (best == null) best = decoded;
                if (Character.isLetter(cp) && lexicon.contains(wordAround(i, end, decoded))) {
                    best = decoded;
                    break;
                }
            }
            return best == null ? i : replace(i, end, best);
        }

        int replace(int start, int end, String replacement) {
            edits.replace(start, end, replacement);
            if (example == null) example = "'" + s.substring(start, end) + "' -> '" + replacement + "'";
            return end;
        }

        String wordAround(int start, int end, String replacement) {
            int a = start, b = end;
            while (a > 0 && Character.isLetter(s.charAt(a - 1))) a--;
            while (b < s.length() && Character.isLetter(s.charAt(b))) b++;
            return (s.substring(a, start) + replacement + s.substring(end, b)).toLowerCase(Locale.ROOT);
        }

        /**
         * A no-break space (0xA0) after a lead byte became a plain space before repair saw it
         * ("Â " for a no-break space, "Ã " for "à"). Only undone in text already shown to be
         * mojibake.
         */
        void strayNoBreakLeads() {
            for (int i = 0; i + 1 < s.length(); i++) {
                char c = s.charAt(i);
                if (s.charAt(i + 1) == ' ' && (c == '\u00C2' || c == '\u00C3')) {
                    replace(i, i + 2, c == '\u00C2' ? " " : "\u00e0 ");
                }
            }
        }
    }

    /** Decoded characters that news text plausibly contains; anything else means "not mojibake". */
    static boolean isPlausible(int cp) {
        return (cp >= 0xA0 && cp <= 0x24F)          // Latin-1 Supplement, Latin Extended-A and -B
                || (cp >= 0x370 && cp <= 0x52F)     // Greek, Cyrillic
                || (cp >= 0x590 && cp <= 0x6FF)     // Hebrew, Arabic
                || (cp >= 0x900 && cp <= 0xDFF)     // Indic scripts
                || (cp >= 0xE00 && cp <= 0xE7F)     // Thai
                || (cp >= 0x1E00 && cp <= 0x1EFF)   // Latin Extended Additional
                || (cp >= 0x2010 && cp <= 0x2044)   // dashes, quotes, bullets, ellipsis
                || (cp >= 0x20A0 && cp <= 0x20CF)   // currency signs
                || (cp >= 0x2100 && cp <= 0x21FF)   // letterlike symbols, arrows
                || (cp >= 0x3000 && cp <= 0x9FFF)   // CJK
                || (cp >= 0xAC00 && cp <= 0xD7AF)   // Hangul
                || (cp >= 0x1F300 && cp <= 0x1FAFF) // emoji
                || cp == 0xFFFD;                     // a replacement character, itself mis-decoded again
    }
}
