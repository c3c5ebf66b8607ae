/** The activity stream's order: comments and history entries as one list, newest first. */
import type { CommentEntry, HistoryEntry } from '../api/types.ts';

export type ActivityItem = { kind: 'comment'; at: string; comment: CommentEntry } | { kind: 'history'; at: string; entry: HistoryEntry };

export function mergeActivity(comments: readonly CommentEntry[], history: readonly HistoryEntry[]): ActivityItem[] {
  const items: ActivityItem[] = [
    ...comments.map((comment): ActivityItem => ({ kind: 'comment', at: comment.created_at, comment })),
    ...history.map((entry): ActivityItem => ({ kind: 'history', at: entry.at, entry })),
  ];
  // Both carry ISO instants in UTC, so text order is time order. At the same instant the comment
  // counts as the newer: a comment about a change is written after it.
  return items.sort((a, b) => (a.at === b.at ? (a.kind === b.kind ? 0 : a.kind === 'comment' ? -1 : 1) : a.at < b.at ? 1 : -1));
}
