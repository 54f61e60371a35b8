package org.dossier.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies whose stories other outlets syndicate, with the names they appear under in
 * bylines ("By The Associated Press"), datelines ("PARIS (AFP) —") and credit lines
 * ("— Reuters"). General knowledge, not tuned to any story.
 *
 * <p>Short acronyms (AP, PA, AA...) are matched case-sensitively as whole words, because "ap" or
 * "pa" in running text is something else; full names are matched without regard to case.
 */
public final class WireAgencies {
    /** Canonical name to the names it is written as. The canonical name is what we report. */
    private static final Map<String, List<String>> AGENCIES = new LinkedHashMap<>();

    static {
        add("AP", "AP", "Associated Press", "The Associated Press", "AP News");
        add("AFP", "AFP", "Agence France-Presse", "Agence France Presse", "Agence-France Presse");
        add("Reuters", "Reuters", "Thomson Reuters");
        add("Bloomberg", "Bloomberg", "Bloomberg News");
        add("dpa", "dpa", "DPA", "Deutsche Presse-Agentur");
        add("Xinhua", "Xinhua", "Xinhua News Agency");
        add("EFE", "EFE", "Agencia EFE");
        add("ANSA", "ANSA");
        add("Kyodo", "Kyodo", "Kyodo News");
        add("PA", "PA", "PA Media", "Press Association", "PA Wire");
        add("UPI", "UPI", "United Press International");
        add("TASS", "TASS", "ITAR-TASS");
        add("Interfax", "Interfax");
        add("RIA Novosti", "RIA Novosti", "RIA");
        add("Anadolu", "Anadolu Agency", "Anadolu", "AA");
        add("Yonhap", "Yonhap");
        add("PTI", "PTI", "Press Trust of India");
        add("ANI", "ANI", "Asian News International");
        add("IANS", "IANS");
        add("AAP", "AAP", "Australian Associated Press");
        add("Canadian Press", "The Canadian Press", "Canadian Press", "CP");
        add("APA", "APA", "Austria Presse Agentur");
        add("KNA", "KNA", "Katholische Nachrichten-Agentur");
        add("epd", "epd", "Evangelischer Pressedienst");
        add("AFX", "dpa-AFX", "AFX");
        add("Jiji", "Jiji Press", "Jiji");
        add("Bernama", "Bernama");
        add("Antara", "Antara");
        add("NTB", "NTB");
        add("TT", "TT Nyhetsbyrån");
        add("Ritzau", "Ritzau");
        add("STT", "STT");
        add("Belga", "Belga");
        add("ANP", "ANP");
        add("Lusa", "Lusa", "Agência Lusa");
        add("Europa Press", "Europa Press");
        add("SDA", "SDA", "Keystone-SDA", "Keystone-ATS");
        add("PAP", "PAP", "Polska Agencja Prasowa");
        add("CTK", "ČTK", "CTK");
        add("MTI", "MTI");
        add("Ukrinform", "Ukrinform");
        add("IRNA", "IRNA");
        add("WAM", "WAM");
        add("KCNA", "KCNA");
        add("CNA", "Central News Agency");
        add("Dow Jones", "Dow Jones Newswires", "Dow Jones");
    }

    private static final List<Alias> ALIASES = aliases();

    private WireAgencies() {}

    private static void add(String canonical, String... names) {
        AGENCIES.computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(List.of(names));
    }

    /** The canonical agency a whole phrase names ("The Associated Press" -> "AP"), if it is one. */
    public static Optional<String> named(String phrase) {
        String p = phrase.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        for (Alias a : ALIASES) {
            if (a.caseSensitive ? a.name.equals(p) : a.name.equalsIgnoreCase(p)) return Optional.of(a.canonical);
        }
        return Optional.empty();
    }

    /** Every agency mentioned as a whole word or phrase in {@code text}, in order of first mention. */
    public static List<String> mentioned(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Alias a : ALIASES) {
            Matcher m = a.pattern.matcher(text);
            if (m.find()) hits.add(new Hit(m.start(), a.canonical));
        }
        hits.sort((x, y) -> Integer.compare(x.start, y.start));
        return hits.stream().map(Hit::canonical).distinct().toList();
    }

    /** The text with every agency name removed (to see what is left of a byline part). */
    public static String without(String text) {
        String out = text;
        for (Alias a : ALIASES) out = a.pattern.matcher(out).replaceAll(" ");
        return out.replaceAll("\\s+", " ").strip();
    }

    private static List<Alias> aliases() {
        List<Alias> out = new ArrayList<>();
        AGENCIES.forEach((canonical, names) -> {
            for (String n : names) {
                boolean acronym = n.length() <= 5 && n.equals(n.toUpperCase(Locale.ROOT)) || n.equals("dpa") || n.equals("epd");
                String regex = "(?<![\\p{L}\\p{N}-])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}]|-\\p{L})";
                out.add(new Alias(canonical, n, acronym,
                        Pattern.compile(regex, acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        });
        // longest names first, so "Associated Press" is consumed before "Press" fragments matter
        out.sort((x, y) -> Integer.compare(y.name.length(), x.name.length()));
        return List.copyOf(out);
    }

    private record Alias(String canonical, String name, boolean caseSensitive, Pattern pattern) {}

    private record Hit(int start, String canonical) {}
}
