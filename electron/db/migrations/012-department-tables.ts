/**
 * Version 12: the 部门整体支出绩效目标表 and 自评表, one of each per year of the department file. Each is
 * one JSON document written whole, checked against the contract's schema, with a revision raised by
 * every write (an editor's save names the revision it was made from).
 */
const documentTable = (name: string) => `
CREATE TABLE ${name} (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
  content TEXT NOT NULL CHECK (json_valid(content)),
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;`;

export default `${documentTable('department_table')}${documentTable('department_evaluation')}`;
