package org.dossier.clean.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class WhitespaceCollapseTest {
    @Test
    void collapsesProseButKeepsPreformattedLines() {
        List<Block> blocks = List.of(
                Block.paragraph(MappedText.of("  The  pier\nreopened. ")),
                new Block(MappedText.of("col1  col2\nv1    v2"), BlockKind.PREFORMATTED, "", 0));
        List<String> out = new WhitespaceCollapse().apply(blocks, null).stream().map(b -> b.text().text()).toList();
        assertEquals(List.of("The pier reopened.", "col1  col2\nv1    v2"), out);
    }
}
