/**
 * Version 10: the department's rule profile (审核规则: its indicator framework, required 二级,
 * weights, thresholds and rule settings) as JSON, so that the file checks the same on every PC.
 * NULL in a file that has none: it reads the profile its layout always checked by (shared/profiles/).
 */
export default `
ALTER TABLE department ADD COLUMN rule_profile TEXT CHECK (rule_profile IS NULL OR json_valid(rule_profile));
`;
