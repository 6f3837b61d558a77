/** Version 1: the department, its projects of all years, their funding breakdown and indicators. */
export default `
CREATE TABLE department (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  supervisor TEXT NOT NULL,
  layout TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE project (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  name TEXT NOT NULL,
  department TEXT NOT NULL,
  implementing_unit TEXT NOT NULL,
  attribute TEXT NOT NULL,
  period TEXT NOT NULL,
  fund_type TEXT NOT NULL,
  total_funds INTEGER CHECK (total_funds >= 0),
  annual_funds INTEGER CHECK (annual_funds >= 0),
  overall_goal TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('草稿', '已完成')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX project_by_year ON project (year) WHERE deleted_at IS NULL;

CREATE TABLE project_fund (
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  fund TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (project_id, fund)
) STRICT;

CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  level1 TEXT NOT NULL,
  level2 TEXT NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL
) STRICT;
CREATE INDEX indicator_by_project ON indicator (project_id, position);
`;
