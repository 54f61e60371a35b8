package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.clean.CleanFixtures;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class MarkdownResidueTest {
    private static String strip(String s) {
        return MarkdownResidue.strip(MappedText.of(s)).text();
    }

    @Test
    void stripsEmphasisLinksImagesAndAutolinks() {
        assertEquals("The pier closed on Monday", strip("The **pier** closed on _Monday_"));
        assertEquals("Read the council notice today", strip("Read the [council notice](https://council.example/n) today"));
        assertEquals("Before  after", strip("Before ![a crane](img/crane.jpg) after"));
        assertEquals("Source: ", strip("Source: <https://harbour.example/a>"));
        assertEquals("Fish & chips", strip("Fish &amp; chips"));
        assertEquals("said quietly", strip("said <em>quietly</em>"));
    }

    @Test
    void leavesArithmeticAndIdentifiersAlone() {
        assertEquals("a 2 * 3 * 4 grid", strip("a 2 * 3 * 4 grid"));
        assertEquals("the file_name_here field", strip("the file_name_here field"));
    }

    @Test
    void headingsBecomeHeadingBlocksAndEmptyBlocksGo() {
        String text = "## Storm damage\n\n<https://harbour.example/a>\n\n> Cranes were *bent* by the wind.";
        List<Block> out = new MarkdownResidue().apply(CleanFixtures.blocks(text), CleanFixtures.context(text));
        assertEquals(List.of("Storm damage", "Cranes were bent by the wind."), CleanFixtures.texts(out));
        assertEquals(BlockKind.HEADING, out.get(0).kind());
    }

    @Test
    void wordsKeepTheirRawOffsets() {
        String text = "The **pier** closed";
        MappedText out = MarkdownResidue.strip(MappedText.of(text));
        int at = out.text().indexOf("pier");
        assertEquals(text.indexOf("pier"), out.rawOffset(at));
    }
}
