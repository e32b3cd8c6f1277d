/** Internals of the team module (teams and organisations): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.team.internal;
