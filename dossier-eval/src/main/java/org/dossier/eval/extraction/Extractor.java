package org.dossier.eval.extraction;

/** One article extractor under test: page bytes in, body text out. */
public interface Extractor {
    /** Name shown in the results table and used in JSON keys. */
    String name();

    /**
     * The article body of one page, or {@code ""} when none was found.
     *
     * @throws Exception when the extractor fails on the page (scored as finding nothing)
     */
    String extract(BenchmarkPage page) throws Exception;
}
