package org.clusterdev.engine.groups;

import java.util.List;

/**
 * Firms assigned to product groups: for each group its code, name and member firms (row numbers, ascending).
 * A firm may be in no group, or, with groups defined as data, in several.
 */
public final class ProductGroups {

    private final List<String> codes;
    private final List<String> names;
    private final List<int[]> members;
    private final int ungrouped;
    private final boolean overlapping;

    ProductGroups(List<String> codes, List<String> names, List<int[]> members, int ungrouped, boolean overlapping) {
        this.codes = List.copyOf(codes);
        this.names = List.copyOf(names);
        this.members = List.copyOf(members);
        this.ungrouped = ungrouped;
        this.overlapping = overlapping;
    }

    /** The number of groups. */
    public int count() {
        return codes.size();
    }

    /** The code of a group: the NIC prefix, {@code all}, or the code given in the group file. */
    public String code(int group) {
        return codes.get(group);
    }

    /** The readable name of a group. */
    public String name(int group) {
        return names.get(group);
    }

    /** The member firms of a group, ascending; the array is shared, do not change it. */
    public int[] members(int group) {
        return members.get(group);
    }

    /** The number of firms in no group. */
    public int ungroupedCount() {
        return ungrouped;
    }

    /** Whether some firm belongs to more than one group. */
    public boolean overlapping() {
        return overlapping;
    }
}
