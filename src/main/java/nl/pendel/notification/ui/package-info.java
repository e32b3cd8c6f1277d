/** The screens of the notification module (notifications). */
@org.jspecify.annotations.NullMarked
package nl.pendel.notification.ui;
