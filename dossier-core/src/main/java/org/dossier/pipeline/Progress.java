package org.dossier.pipeline;

/**
 * Where long work reports how far it got. The command line shows a bar on a terminal and nothing
 * in a pipe; library users get {@link #NONE} unless they ask.
 */
public interface Progress {
    /** A new phase begins; {@code total} is its number of steps, or -1 when unknown. */
    void phase(String name, long total);

    /** One step of the current phase is done. */
    void step();

    /** All work is done. */
    void finish();

    Progress NONE = new Progress() {
        @Override
        public void phase(String name, long total) {}

        @Override
        public void step() {}

        @Override
        public void finish() {}
    };
}
