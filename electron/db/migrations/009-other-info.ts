/**
 * Version 9: what tables from other regions carry beyond the seeds' forms, kept with the project:
 * its 项目编码, the code of its 主管部门 (`[105]教育部`), its 其他信息 (labelled fields without a
 * place of their own: 中期目标, 政策依据, 测算依据 …), the 二级 its table declared 不适用, and
 * each indicator's extra columns (指标解释, 计量单位, 权重 …).
 */
export default `
ALTER TABLE project ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN department_code TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN other_info TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(other_info));
ALTER TABLE project ADD COLUMN not_applicable TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(not_applicable));
ALTER TABLE indicator ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
`;
