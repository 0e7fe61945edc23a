package org.junto.actions;

/**
 * A scheduled reminder ({@code due_soon} the day before, {@code overdue} when the due day has ended) for the task's
 * due instant {@code dueAt}; a reminder whose task has since changed its due date or been finished does nothing.
 */
public record TaskReminder(long taskId, long dueAt, String kind) {}
