/** Version 3: where a project was carried from, and which of its carried parts await the clerk's review. */
export default `
ALTER TABLE project ADD COLUMN carried_from INTEGER;
ALTER TABLE project ADD COLUMN review_pending TEXT NOT NULL DEFAULT '[]';
`;
