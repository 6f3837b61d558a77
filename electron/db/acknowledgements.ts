import type { Database } from 'better-sqlite3';
import { stmt } from './statements';

/** The 说明 of each acknowledged 提醒 of a project, by finding key. */
export function readAcknowledgements(db: Database, projectId: number): Record<string, string> {
  const rows = stmt(db, 'SELECT finding_key, note FROM acknowledgement WHERE project_id = ? ORDER BY finding_key').all(projectId) as {
    finding_key: string;
    note: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.finding_key, r.note]));
}

export function writeAcknowledgement(db: Database, projectId: number, key: string, note: string): void {
  stmt(
    db,
    `INSERT INTO acknowledgement (project_id, finding_key, note, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id, finding_key) DO UPDATE SET note = excluded.note, created_at = excluded.created_at`,
  ).run(projectId, key, note, new Date().toISOString());
}

export function deleteAcknowledgement(db: Database, projectId: number, key: string): void {
  stmt(db, 'DELETE FROM acknowledgement WHERE project_id = ? AND finding_key = ?').run(projectId, key);
}
