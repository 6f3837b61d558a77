/**
 * Version 8: a revision of each project and of each 自评表, raised by every write of it. A save
 * names the revision its editor last saw, and one made from an older copy (another tab or window
 * saved since) is refused instead of silently overwriting what was saved there.
 */
export default `
ALTER TABLE project ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE self_evaluation ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
`;
