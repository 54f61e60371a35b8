package org.dossier.time;

/** The calendar unit a relative date moves by and is written in ("last week" is a WEEK). */
public enum Grain {
    DAY, WEEK, WEEKEND, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY
}
