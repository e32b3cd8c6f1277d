/** The tables of announcements and their threads: writes (store) and queries (reads). */
@org.jspecify.annotations.NullMarked
package nl.pendel.message.internal;
