package org.dossier.eval.extraction;

/**
 * A figure published with a benchmark, printed beside ours.
 *
 * @param name      tool and version as published
 * @param key       short JSON key
 * @param precision published precision, or {@code null} if not given
 * @param recall    published recall, or {@code null}
 * @param f1        published F1
 */
record Published(String name, String key, Double precision, Double recall, double f1) {}
