/**
 * Version 4: the indicator library, every 三级 indicator ever stored or imported, with the 二级 it
 * sat under, the last 指标值 it had and its pinyin initials (filled in by the library on first use
 * for the rows copied here, since SQL cannot spell pinyin).
 */
export default `
CREATE TABLE library_entry (
  level2 TEXT NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  initials TEXT NOT NULL,
  uses INTEGER NOT NULL,
  last_used TEXT NOT NULL,
  PRIMARY KEY (level2, name)
) STRICT;

INSERT INTO library_entry (level2, name, value, initials, uses, last_used)
SELECT i.level2, trim(i.name), i.value, '', count(*), max(p.updated_at)
  FROM indicator i JOIN project p ON p.id = i.project_id
 WHERE trim(i.name) NOT IN ('', '0')
 GROUP BY i.level2, trim(i.name);
`;
