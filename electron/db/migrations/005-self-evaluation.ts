/**
 * Version 5: a project's 自评表. It is one document the clerk edits as a whole and that is always
 * written whole, so it is kept as JSON, checked against the contract's schema on the way in and
 * out; scores are not stored unless the clerk overrode them.
 */
export default `
CREATE TABLE self_evaluation (
  project_id INTEGER PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
  content TEXT NOT NULL CHECK (json_valid(content)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
