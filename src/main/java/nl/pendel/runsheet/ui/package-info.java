/** The screens of the run sheet module (runsheet). */
@org.jspecify.annotations.NullMarked
package nl.pendel.runsheet.ui;
