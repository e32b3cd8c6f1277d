package nl.pendel.shared.files;

import java.time.Duration;

/**
 * What reading one upload's text may cost: bytes unpacked (held in memory at once), bytes handed to a parser (the same
 * bytes again each time a document reuses them) and time. Exceeding any of them ends the reading with a
 * {@link TooComplexException}; {@link #exceeded()} stays true even if a library swallowed that exception.
 */
final class ReadingBudget {

    private long unpackable;
    private long readable;
    private final long deadline;
    private boolean exceeded;

    ReadingBudget(long unpackBytes, long readBytes, Duration time) {
        this.unpackable = unpackBytes;
        this.readable = readBytes;
        this.deadline = System.nanoTime() + time.toNanos();
    }

    /** How many more bytes may be unpacked. */
    long unpackable() {
        return Math.max(0, unpackable);
    }

    /** Records {@code bytes} unpacked and held. */
    void unpacked(long bytes) {
        unpackable -= bytes;
        if (unpackable < 0) {
            throw exceed("more than allowed unpacked");
        }
        checkTime();
    }

    /** Records {@code bytes} handed to a parser. */
    void read(long bytes) {
        readable -= bytes;
        if (readable < 0) {
            throw exceed("more than allowed read");
        }
        checkTime();
    }

    void checkTime() {
        if (exceeded || System.nanoTime() - deadline > 0) {
            throw exceed("out of time");
        }
    }

    boolean exceeded() {
        return exceeded;
    }

    TooComplexException exceed(String why) {
        exceeded = true;
        return new TooComplexException(why);
    }

    /** The document costs more to read than the budget allows. */
    static final class TooComplexException extends RuntimeException {

        TooComplexException(String message) {
            super(message, null, false, false);
        }
    }
}
