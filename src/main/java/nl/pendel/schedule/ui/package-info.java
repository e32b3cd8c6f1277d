/** The screens of the schedule module (schedule). */
@org.jspecify.annotations.NullMarked
package nl.pendel.schedule.ui;
