package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class PageFurnitureFilterTest {
    private static Block page(int n, String text) {
        return new Block(MappedText.of(text), BlockKind.PARAGRAPH, "page:" + n, 0);
    }

    @Test
    void dropsRunningHeadersFootersAndPageNumbers() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(page(1, "COASTLINE WEEKLY | Harbour report\nThe storm closed the northern terminal.\nPage 1 of 3"));
        blocks.add(page(2, "COASTLINE WEEKLY | Harbour report\nCranes were repaired within a week.\nPage 2 of 3"));
        blocks.add(page(3, "COASTLINE WEEKLY | Harbour report\nFares will rise in spring.\n- 3 -"));
        List<String> out = new PageFurnitureFilter().apply(blocks, null).stream().map(b -> b.text().text()).toList();
        assertEquals(List.of("The storm closed the northern terminal.", "Cranes were repaired within a week.",
                "Fares will rise in spring."), out);
    }

    @Test
    void leavesOtherFormatsAlone() {
        List<Block> blocks = List.of(Block.paragraph(MappedText.of("12")), Block.paragraph(MappedText.of("Text.")));
        assertEquals(blocks, new PageFurnitureFilter().apply(blocks, null));
    }
}
