package org.dossier.model;

import java.util.List;

/**
 * Copies of one text: exact, near, syndicated or contained. Later stages count the group as one
 * source and keep the other members as supporting citations.
 *
 * @param canonical       the member later stages work on
 * @param members         every member, canonical included
 * @param relation        {@code exact}, {@code near}, {@code syndicated} or {@code contained}
 * @param similarity      the group's weakest pairwise similarity, in [0, 1]
 * @param canonicalReason why the canonical member was chosen
 */
public record DuplicateGroup(String canonical, List<String> members, String relation, double similarity,
        String canonicalReason) {
    public DuplicateGroup {
        members = List.copyOf(members);
    }
}
