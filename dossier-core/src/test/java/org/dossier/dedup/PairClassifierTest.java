package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairClassifierTest {
    private final Signer signer = new Signer(DedupConfig.standard());
    private final PairClassifier classifier = new PairClassifier(DedupConfig.standard());

    private Optional<PairClassifier.Judgement> judge(String a, String b) {
        return classifier.judge(signer.sign(a), signer.sign(b));
    }

    @Test
    void reflowedAndRepunctuatedCopyIsExact() {
        String reflowed = Stories.FERRY.replace(", ", " , ").replace(" the ", "\nthe ").toUpperCase();
        PairClassifier.Judgement j = judge(Stories.FERRY, reflowed).orElseThrow();
        assertEquals(Relation.EXACT, j.relation());
        assertEquals(1.0, j.similarity());
    }

    @Test
    void lightlyEditedCopyIsNear() {
        String edited = Stories.FERRY.replace("Monday", "Tuesday").replace("eleven", "twelve")
                .replace("reporters", "journalists") + "\nCorrection: an earlier version misstated the day.";
        PairClassifier.Judgement j = judge(Stories.FERRY, edited).orElseThrow();
        assertEquals(Relation.NEAR, j.relation());
        assertTrue(j.similarity() >= 0.7 && j.similarity() < 1, "similarity " + j.similarity());
    }

    @Test
    void leadAndFirstParagraphsAreContained() {
        String brief = Stories.FERRY_LEAD + "\n\n" + Stories.FERRY_BODY.substring(0, Stories.FERRY_BODY.indexOf("The harbour master"));
        PairClassifier.Judgement j = judge(brief, Stories.FERRY).orElseThrow();
        assertEquals(Relation.CONTAINED, j.relation());
        assertTrue(j.similarity() >= 0.85, "containment " + j.similarity());
    }

    @Test
    void sameBodyUnderOwnLeadAndEndingIsSyndicated() {
        String a = "Island ferry back after repairs\n\n" + Stories.filler(1, 60) + "\n\n" + Stories.FERRY_BODY
                + "\n\n" + Stories.filler(2, 50);
        String b = "Mireth crossing restored\n\n" + Stories.filler(3, 60) + "\n\n" + Stories.FERRY_BODY
                + "\n\n" + Stories.filler(4, 50);
        PairClassifier.Judgement j = judge(a, b).orElseThrow();
        assertEquals(Relation.SYNDICATED, j.relation());
    }

    @Test
    void differentStoriesOfOneTopicAreNotCopies() {
        assertTrue(judge(Stories.FERRY, Stories.BRIDGE).isEmpty());
    }

    @Test
    void emptyTextMatchesNothing() {
        assertTrue(judge("", "").isEmpty());
        assertTrue(judge("  ... !! ", Stories.FERRY).isEmpty());
    }

    @Test
    void oneWordTextsAreExactOnlyWithTheSameWord() {
        assertEquals(Relation.EXACT, judge("Update", "update!").orElseThrow().relation());
        assertTrue(judge("Update", "Updates").isEmpty());
        assertTrue(judge("Ferry", Stories.FERRY).isEmpty(), "a single word is never a contained copy");
    }
}
