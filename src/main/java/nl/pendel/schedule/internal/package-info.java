/** Internals of the schedule module (schedule): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.schedule.internal;
