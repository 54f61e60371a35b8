package org.dossier.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.parse.Block;
import org.dossier.parse.BlockKind;
import org.dossier.parse.MetadataField;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;

class TextMetadataScannerTest {
    private static Block page(int n, String text) {
        return new Block(MappedText.of(text), BlockKind.PARAGRAPH, "page:" + n, 0);
    }

    @Test
    void theRunningHeaderOfAPrintExportIsNotTheHeadline() {
        List<Block> blocks = List.of(
                page(1, "HARBOUR TRADE MONTHLY | Ports & Shipping\nStorm shuts Eastport terminal for a week\n"
                        + "The northern terminal at Eastport closed on Friday after a storm bent two of its cranes."),
                page(2, "HARBOUR TRADE MONTHLY | Ports & Shipping\nEngineers expect to finish the repairs "
                        + "before the end of the month, the harbour authority said."));
        List<String> titles = TextMetadataScanner.scan(blocks).candidates().stream()
                .filter(c -> c.field() == MetadataField.TITLE).map(c -> c.value()).toList();
        assertEquals(List.of("Storm shuts Eastport terminal for a week"), titles);
        List<String> sites = TextMetadataScanner.scan(blocks).candidates().stream()
                .filter(c -> c.field() == MetadataField.SITE_NAME).map(c -> c.value()).toList();
        assertEquals(List.of("Harbour Trade Monthly"), sites);
    }

    @Test
    void aLongHeadlineOverItsBylineAndDateLineIsTheHeadline() {
        List<Block> blocks = List.of(Block.paragraph(MappedText.of("Harbour board approves 40 million euros to rebuild the storm-hit quay\n"
                        + "By Ines Varga, Eastport Gazette\n3 March 2026")),
                Block.paragraph(MappedText.of("The harbour board on Tuesday approved a plan to rebuild the northern quay, "
                        + "which a storm wrecked last month.")));
        List<String> titles = TextMetadataScanner.scan(blocks).candidates().stream()
                .filter(c -> c.field() == MetadataField.TITLE).map(c -> c.value()).toList();
        assertEquals(List.of("Harbour board approves 40 million euros to rebuild the storm-hit quay"), titles);
    }

    @Test
    void aPublishersNoteAtTheEndNamesTheOutlet() {
        List<Block> blocks = List.of(Block.paragraph(MappedText.of("The northern terminal at Eastport closed on Friday "
                        + "after a storm bent two of its cranes, the harbour authority said.")),
                Block.paragraph(MappedText.of("The Valley Post is published every Friday. Letters: post@valley.example")));
        List<String> sites = TextMetadataScanner.scan(blocks).candidates().stream()
                .filter(c -> c.field() == MetadataField.SITE_NAME).map(c -> c.value()).toList();
        assertEquals(List.of("The Valley Post"), sites);
        List<Block> licence = List.of(Block.paragraph(MappedText.of("Harbour Wire Digest – subscriber copy. Not for resale.")));
        assertEquals(List.of("Harbour Wire Digest"), TextMetadataScanner.scan(licence).candidates().stream()
                .filter(c -> c.field() == MetadataField.SITE_NAME).map(c -> c.value()).toList());
    }
}
