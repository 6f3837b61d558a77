/**
 * Version 11: a project's 执行监控表 (绩效运行监控), one per project (and so per year: a project is of
 * one year). Like the 自评表 it is one document written whole, kept as JSON checked against the
 * contract's schema, with a revision raised by every write; the project list's lights come from it,
 * so a change of it drops the project's row of review_cache as the 自评表's does.
 */
const dropOn = (event: 'INSERT' | 'UPDATE' | 'DELETE', ids: string) =>
  `CREATE TRIGGER review_cache_monitoring_${event.toLowerCase()} AFTER ${event} ON monitoring BEGIN DELETE FROM review_cache WHERE project_id IN (${ids}); END;`;

export default `
CREATE TABLE monitoring (
  project_id INTEGER PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  content TEXT NOT NULL CHECK (json_valid(content)),
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
${dropOn('INSERT', 'NEW.project_id')}
${dropOn('UPDATE', 'OLD.project_id, NEW.project_id')}
${dropOn('DELETE', 'OLD.project_id')}
`;
