/** The materials page of a course and the section other screens show per meeting. */
@org.jspecify.annotations.NullMarked
package nl.pendel.material.ui;
