package org.dossier.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown or plain text, by counting Markdown constructs in the head: headings, links, emphasis,
 * fenced code, setext underlines. Two kinds of evidence make it Markdown; one kind makes it
 * Markdown only when the name ends in {@code .md}; a {@code .md} file with none is plain text.
 */
final class TextSniffer {
    private static final Pattern[] SIGNS = {
        Pattern.compile("(?m)^#{1,6} \\S"),                   // ATX heading
        Pattern.compile("\\[[^\\]\\n]{1,200}\\]\\((?:https?://|/|#)[^)\\s]*\\)"), // inline link
        Pattern.compile("(?:\\*\\*|__)\\S[^*_\\n]{0,200}\\S(?:\\*\\*|__)"),       // strong emphasis
        Pattern.compile("(?m)^```"),                          // fenced code
        Pattern.compile("(?m)^\\S[^\\n]*\\n(?:={3,}|-{3,})[ \\t]*$"),           // setext heading
        Pattern.compile("(?m)^> \\S"),                        // block quote
        Pattern.compile("(?m)^!\\[[^\\]]*\\]\\("),            // image
    };

    private TextSniffer() {}

    static boolean isMarkdown(String head, String lowerName) {
        int kinds = 0;
        for (Pattern sign : SIGNS) {
            Matcher m = sign.matcher(head);
            if (m.find()) kinds++;
        }
        boolean mdName = lowerName.endsWith(".md") || lowerName.endsWith(".markdown");
        return kinds >= 2 || (kinds == 1 && mdName);
    }
}
