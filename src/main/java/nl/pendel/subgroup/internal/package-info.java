/** Internals of the subgroup module (subgroups): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.subgroup.internal;
