package org.dossier.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalEventsTest {
    @TempDir
    Path workspace;

    private static Set<String> eventOf(EventAnalysis result, String article) {
        return Set.copyOf(result.events().stream().filter(e -> e.articles().contains(article)).findFirst().orElseThrow().articles());
    }

    @Test
    void laterArticlesJoinTheEventsOfAnEarlierRunWhichKeepTheirArticles() {
        List<AnnotatedArticle> all = FloodStory.annotated();
        List<AnnotatedArticle> first = all.stream()
                .filter(a -> Set.of("flood-1", "defences", "bakery").contains(a.article().id())).toList();
        EventAnalysis before = EventStage.run(first, EventMemory.in(workspace));
        assertEquals(3, before.events().size());
        assertTrue(Files.exists(workspace.resolve(EventMemory.FILE)));

        EventMemory memory = EventMemory.in(workspace);
        assertEquals(3, memory.entries().size());
        EventAnalysis after = EventStage.run(all, memory);
        assertEquals(Set.of("flood-1", "flood-2", "flood-tabloid"), eventOf(after, "flood-1"));
        assertEquals(Set.of("defences", "defences-brief"), eventOf(after, "defences"));
        assertEquals(Set.of("bakery"), eventOf(after, "bakery"));
        assertEquals(6, EventMemory.in(workspace).entries().size());
    }

    @Test
    void storedProfilesAreUsedInsteadOfProfilingEarlierArticlesAgain() {
        List<AnnotatedArticle> all = FloodStory.annotated();
        EventStage.run(all.subList(0, 1), EventMemory.in(workspace));
        EventMemory memory = EventMemory.in(workspace);
        ArticleProfile stored = memory.entries().get(0).profile();
        assertEquals(Profiler.profile(all.get(0), Profiler.times(all.get(0))), stored);
        EventStage.run(all, memory);
        List<EventMemory.Entry> entries = EventMemory.in(workspace).entries();
        assertEquals(all.size(), entries.size());
        assertEquals(1, entries.stream().filter(e -> e.profile().id().equals(all.get(0).article().id())).count());
    }

    @Test
    void aTornLastLineFromAnInterruptedRunIsSkippedAndLaterRunsStillLand() throws Exception {
        List<AnnotatedArticle> all = FloodStory.annotated();
        EventStage.run(all.subList(0, 2), EventMemory.in(workspace));
        Files.writeString(workspace.resolve(EventMemory.FILE), "{\"profile\":{\"id\":\"x", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(2, EventMemory.in(workspace).entries().size());
        EventStage.run(all, EventMemory.in(workspace));
        assertEquals(all.size(), EventMemory.in(workspace).entries().size());
    }
}
