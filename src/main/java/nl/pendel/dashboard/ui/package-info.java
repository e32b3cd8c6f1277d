/** The screens of the dashboard module (team dashboard). */
@org.jspecify.annotations.NullMarked
package nl.pendel.dashboard.ui;
