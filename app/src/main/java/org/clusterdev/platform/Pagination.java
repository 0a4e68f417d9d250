package org.clusterdev.platform;

/**
 * Where a paginated list stands, for the pager under a table ({@code templates/platform/pager.html}).
 *
 * @param number the zero-based page shown
 * @param size rows per page
 * @param total rows in the whole list
 */
public record Pagination(int number, int size, long total) {

    public Pagination {
        if (number < 0 || size <= 0 || total < 0) {
            throw new IllegalArgumentException("page: number and total must not be negative, size must be positive");
        }
    }

    /** The page asked for, clamped to zero when negative. */
    public static Pagination of(int requested, int size, long total) {
        return new Pagination(Math.max(0, requested), size, total);
    }

    /** The offset of the first row of this page, for SQL {@code OFFSET}. */
    public int offset() {
        return number * size;
    }

    /** The one-based position of the first row shown, 0 when the list is empty. */
    public long first() {
        return total == 0 ? 0 : (long) number * size + 1;
    }

    /** The one-based position of the last row shown. */
    public long last() {
        return Math.min(total, (long) (number + 1) * size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return last() < total;
    }
}
