/** Version 2: a 提醒 the clerk has acknowledged, with the 说明 they gave. */
export default `
CREATE TABLE acknowledgement (
  project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  created_at TEXT NOT NULL,
  PRIMARY KEY (project_id, finding_key)
) STRICT;
`;
