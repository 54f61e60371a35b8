package org.dossier.eval.extraction;

import java.util.List;

/**
 * One page of an extraction benchmark, loaded into memory so that timing measures extraction only.
 *
 * @param id       the benchmark's key for the page
 * @param url      the page's original URL, or {@code null}
 * @param html     the raw page bytes
 * @param truth    the true article body (shingle benchmark), or {@code null}
 * @param with     segments the extraction must contain (segment benchmark), else empty
 * @param without  segments it must not contain (segment benchmark), else empty
 */
public record BenchmarkPage(String id, String url, byte[] html, String truth, List<String> with,
        List<String> without) {
    public BenchmarkPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
