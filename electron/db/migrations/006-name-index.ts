/** Version 6: projects found by year and name in one index lookup (imports of thousands of tables ask for each). */
export default `
CREATE INDEX project_by_year_name ON project (year, name) WHERE deleted_at IS NULL;
`;
