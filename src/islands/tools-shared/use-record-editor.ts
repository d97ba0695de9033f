/**
 * The list-and-editor behaviour the story bank and the program log share: which record is open (kept in the address,
 * falling back to the most recently edited), a new record opening with its title focused, and a delete that can be
 * undone.
 */
import { useEffect, useRef, useState } from 'react';
import type { TimestampedRecord } from '../../lib/app-state';
import { deleteRecord, restoreRecord, type ToolSlice } from '../../stores/tools';
import { readParam, writeParam } from './url-param';

export function useRecordEditor<T extends TimestampedRecord>(slice: ToolSlice, param: string, records: [string, T][]) {
  const [requested, setRequested] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ id: string; record: T } | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const focusTitle = useRef(false);

  useEffect(() => setRequested(readParam(param)), [param]);
  useEffect(() => {
    if (focusTitle.current && titleRef.current) {
      focusTitle.current = false;
      titleRef.current.focus();
    }
  });

  const latest = records.reduce<[string, T] | undefined>((best, entry) => (!best || entry[1].updatedAt > best[1].updatedAt ? entry : best), undefined);
  const current = records.find(([id]) => id === requested) ?? latest;

  const select = (id: string | null) => {
    setRequested(id);
    writeParam(param, id);
  };
  /** Opens the record `create` makes, with its title focused. */
  const add = (create: () => string) => {
    focusTitle.current = true;
    setDeleted(null);
    select(create());
  };
  const remove = (id: string) => {
    const record = deleteRecord<T>(slice, id);
    if (record) setDeleted({ id, record });
    select(null);
  };
  const undoDelete = () => {
    if (!deleted) return;
    restoreRecord(slice, deleted.id, deleted.record);
    select(deleted.id);
    setDeleted(null);
  };

  return { current, select, add, remove, deleted: deleted?.record ?? null, undoDelete, titleRef };
}
