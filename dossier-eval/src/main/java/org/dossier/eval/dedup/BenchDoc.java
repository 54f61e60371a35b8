package org.dossier.eval.dedup;

/**
 * One text of the duplicate benchmark.
 *
 * @param id     unique id, e.g. {@code reuters:1234}, {@code bbc:sport/042}, {@code gen:17:trim}
 * @param text   the body
 * @param topic  the corpus's topic label (same-topic pairs make the hard negatives)
 * @param origin id of the text it was generated from, or its own id for corpus texts
 * @param edit   the edit that made it ({@code corpus} for corpus texts)
 */
record BenchDoc(String id, String text, String topic, String origin, String edit) {
    boolean generated() {
        return !origin.equals(id);
    }
}
