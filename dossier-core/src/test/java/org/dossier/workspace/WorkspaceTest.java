package org.dossier.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Repair;
import org.dossier.text.MappedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    static Article article(String id, String text) {
        return new Article(id, "src/" + id + ".txt", "Title " + id, "Harbour Gazette", List.of("Ana Ruiz"), null,
                LocalDate.of(2024, 5, 17), false, "meta", null, "en", "text/plain", text,
                List.of(new Repair("mojibake", "fixed 2 characters", 2)), MappedText.identity(text, 3).offsetMap());
    }

    @Test
    void articlesSurviveReopenWithEveryField() throws IOException {
        Article a = article("a1", "The ferry resumed service on Friday.");
        try (Workspace ws = Workspace.open(dir)) {
            assertTrue(ws.add(a));
            assertFalse(ws.add(a), "same id twice is a no-op");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(1, ws.size());
            assertTrue(ws.contains("a1"));
            List<Article> read = new ArrayList<>();
            ws.forEachArticle(read::add);
            assertEquals(List.of(a), read);
        }
    }

    @Test
    void tornLastLineFromAnInterruptedAddIsCutAndTheRestKept() throws IOException {
        try (Workspace ws = Workspace.open(dir)) {
            ws.add(article("a1", "First committed story."));
            ws.add(article("a2", "Second committed story."));
        }
        Files.writeString(dir.resolve(Workspace.ARTICLES), "{\"id\":\"a3\",\"text\":\"torn", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(2, ws.size());
            assertTrue(ws.add(article("a3", "Third story, added again after the crash.")));
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertEquals(3, ws.size());
        }
    }

    @Test
    void secondWriterIsRefused() throws IOException {
        try (Workspace ws = Workspace.open(dir)) {
            assertThrows(IOException.class, () -> Workspace.open(dir));
        }
    }

    @Test
    void temporaryWorkspaceIsDeletedOnClose() throws IOException {
        Path where;
        try (Workspace ws = Workspace.temporary()) {
            where = ws.dir();
            ws.add(article("t1", "Short."));
        }
        assertFalse(Files.exists(where));
    }
}
