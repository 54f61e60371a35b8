package org.dossier.dedup;

import java.util.SplittableRandom;

/** Fixture texts written for these tests: two invented stories of one topic, and filler. */
final class Stories {
    private Stories() {}

    static final String FERRY_LEAD = "The regional ferry line between Port Alder and the island of Mireth resumed service on Monday "
            + "after a six-week suspension caused by a cracked propeller shaft, the operator said.";

    static final String FERRY_BODY = """
            Engineers from the shipyard in Calden replaced the shaft and two bearings during a dry-dock inspection that \
            took longer than planned because the spare parts had to be shipped from abroad.

            About four hundred residents of Mireth depend on the crossing to reach the hospital, the secondary school and \
            the weekly market on the mainland, and many of them spent the suspension relying on a small chartered launch.

            The harbour master, Ines Varga, told reporters that the first morning sailing left eleven minutes late but that \
            the timetable should be back to normal by the end of the week.

            Island council members have asked the regional transport board to keep a second vessel on standby during the \
            winter months so that a single breakdown does not cut the community off again.

            The board said it would study the cost of leasing a reserve boat and present a plan at its next public meeting \
            in the spring, alongside a review of the maintenance contract with the shipyard.

            Local shop owners reported that deliveries of fresh food had already resumed, and the ferry carried a full load \
            of lorries on its second crossing of the day.
            """;

    static final String FERRY = FERRY_LEAD + "\n\n" + FERRY_BODY;

    /** Another story of the same topic and region, told with much of the same vocabulary. */
    static final String BRIDGE = """
            The road bridge linking Port Alder with the northern villages reopened to traffic on Thursday after repairs to \
            its expansion joints, the regional transport board said.

            Crews from a contractor in Calden worked through the night to finish resurfacing the deck, and the work came in \
            slightly under the budget approved by the board last autumn.

            Commuters had faced detours of up to forty minutes while the bridge was closed, and bus operators cut several \
            rural routes to cope with the longer journeys.

            The board said weight limits for heavy lorries would stay in place until engineers complete a load test next \
            month, and cyclists were asked to use the new protected lane on the western side.

            A spokesman for the village association welcomed the reopening but called for a long-term plan for the ageing \
            structure, which was built more than fifty years ago.
            """;

    /** Deterministic filler: {@code words} words drawn from a small invented vocabulary. */
    static String filler(long seed, int words) {
        String[] vocab = {"harbour", "council", "market", "winter", "engineer", "timetable", "island", "budget",
            "village", "crossing", "repair", "vessel", "shipyard", "meeting", "review", "lorry", "resident", "school",
            "hospital", "contract", "morning", "plan", "board", "weekly", "public", "spring", "bridge", "road"};
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(vocab[random.nextInt(vocab.length)]).append(i % 12 == 11 ? ".\n" : " ");
        }
        return sb.toString();
    }
}
