package org.clusterdev.registry.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Collects the problems of one file, each reason worded in the language of whoever imports it. */
final class Problems {

    private final MessageSource messages;
    private final List<ImportProblem> found = new ArrayList<>();

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    void add(int row, String column, String reasonKey, Object... arguments) {
        found.add(new ImportProblem(row, column, text(reasonKey, arguments)));
    }

    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, by row and then in the order found. */
    List<ImportProblem> list() {
        return found.stream()
                .sorted(Comparator.comparingInt(ImportProblem::row))
                .toList();
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
