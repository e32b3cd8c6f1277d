/** Internals of the notification module (notifications): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.notification.internal;
