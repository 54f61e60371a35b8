/**
 * Cross-document entity resolution: one entity per real-world referent, with the name forms
 * articles use for it (full names, surnames alone, other romanizations, middle initials,
 * acronyms), and no merging of different people who only share a surname.
 */
package org.dossier.annotate.resolve;
