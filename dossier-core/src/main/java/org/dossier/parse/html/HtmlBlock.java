package org.dossier.parse.html;

import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;
import org.jsoup.nodes.Element;

/**
 * A block while the page is still being judged: the public {@link Block} plus the element it came
 * from and how many of its characters sat inside links, which scoring needs and callers do not.
 *
 * @param owner     the nearest block-level element holding the text
 * @param text      the text, mapped to the raw page
 * @param kind      structural role
 * @param linkChars characters of {@code text} inside {@code <a>} elements
 * @param wordCount words (runs of letters or digits), for density measures
 */
record HtmlBlock(Element owner, MappedText text, BlockKind kind, int linkChars, int wordCount) {

    double linkDensity() {
        return text.length() == 0 ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    int length() {
        return text.length();
    }

    Block toBlock() {
        return new Block(text, kind, ElementPath.of(owner), linkDensity());
    }
}
