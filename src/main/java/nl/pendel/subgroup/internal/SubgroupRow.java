package nl.pendel.subgroup.internal;

import org.jspecify.annotations.Nullable;

/**
 * One subgroup with one of its members (null for a subgroup without members), as the subgroup
 * queries read it.
 */
public record SubgroupRow(
        long subgroupId,
        long courseId,
        int number,
        @Nullable Long personId) {}
