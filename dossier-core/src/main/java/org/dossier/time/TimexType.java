package org.dossier.time;

/** The four TIMEX3 types: a calendar point, a clock time, a length of time, a recurrence. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
