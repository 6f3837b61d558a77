/**
 * Version 7: what the project list shows of each project's checks (its 错误 and 提醒 counts and
 * its 自评表's score), kept so that opening a year does not run the checker over every project.
 * The triggers drop a project's row whenever anything its checks read changes; a row is trusted
 * only when it was made by the same rules (see projectList.ts).
 */
const dropOn = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', ids: string) =>
  `CREATE TRIGGER review_cache_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN DELETE FROM review_cache WHERE project_id IN (${ids}); END;`;

const children = ['indicator', 'project_fund', 'acknowledgement', 'self_evaluation'];

export default `
CREATE TABLE review_cache (
  project_id INTEGER PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  rules TEXT NOT NULL,
  summary TEXT NOT NULL CHECK (json_valid(summary))
) STRICT;
${dropOn('project', 'UPDATE', 'OLD.id')}
${children
  .flatMap((table) => [
    dropOn(table, 'INSERT', 'NEW.project_id'),
    dropOn(table, 'UPDATE', 'OLD.project_id, NEW.project_id'),
    dropOn(table, 'DELETE', 'OLD.project_id'),
  ])
  .join('\n')}
`;
