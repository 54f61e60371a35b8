/**
 * Text repairs that run on the joined body after the block filters: mojibake and systematic
 * substring corruption. Each reports what it changed and how in the article's {@code repairs[]};
 * each is built to change nothing in valid text, which {@code dossier eval repair} measures on
 * clean news corpora.
 */
package org.dossier.clean.repair;
