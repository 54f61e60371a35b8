package org.dossier.meta;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month names (full and abbreviated) in the languages whose news the date rules read: English,
 * German, French, Spanish, Italian, Portuguese, Dutch. Written-out dates in bylines and
 * datelines use these; numeric dates need no names.
 */
final class Months {
    /** Lower-case name or abbreviation (without a trailing dot) to month number. */
    static final Map<String, Integer> NAMES = build();
    /** An alternation of every name, longest first so "June" wins over "Jun". */
    static final String REGEX = NAMES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));

    private Months() {}

    private static Map<String, Integer> build() {
        String[][] byMonth = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"},
            {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "december"},
        };
        Map<String, Integer> names = new HashMap<>();
        for (int m = 0; m < byMonth.length; m++) {
            for (String name : byMonth[m]) names.putIfAbsent(name, m + 1);
        }
        return Map.copyOf(names);
    }
}
