package org.dossier.meta.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Converts language codes to the ISO 639-1 form the output uses: OpenNLP answers in ISO 639-3
 * ("deu", and for macrolanguages individual codes such as "cmn" or "pes"); pages declare BCP 47
 * tags ("en-US", "pt_BR").
 */
public final class LanguageCodes {
    private static final Map<String, String> THREE_TO_TWO = build();

    private LanguageCodes() {}

    /** The two-letter code for a tag or code, or the input lower-cased when there is none. */
    public static String normalise(String code) {
        if (code == null) return null;
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        if (dash > 0) c = c.substring(0, dash);
        if (c.length() == 3) return THREE_TO_TWO.getOrDefault(c, c);
        return c.matches("[a-z]{2}") ? c : null;
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(new Locale(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                // a language without a three-letter code cannot be an OpenNLP answer
            }
        }
        // individual languages that OpenNLP names in place of their macrolanguage
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("zsm", "ms");
        map.put("nob", "no");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("swh", "sw");
        map.put("arb", "ar");
        map.put("azj", "az");
        map.put("uzn", "uz");
        map.put("khk", "mn");
        map.put("ydd", "yi");
        map.put("plt", "mg");
        map.put("npi", "ne");
        map.put("als", "sq");
        map.put("gug", "gn");
        // bibliographic codes that pages sometimes declare
        map.put("ger", "de");
        map.put("fre", "fr");
        map.put("dut", "nl");
        map.put("chi", "zh");
        return Map.copyOf(map);
    }
}
