/** The course's "Berichten" tab. */
@org.jspecify.annotations.NullMarked
package nl.pendel.message.ui;
