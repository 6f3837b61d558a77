/**
 * The 部门整体支出绩效目标表 and 自评表 of a department file: one JSON document of each per year
 * (migration 12), each read checked against its schema and written whole, raising its revision.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { departmentEvaluationContent, departmentTableContent } from '../../shared/api/schemas';
import type { DepartmentEvaluationContent, DepartmentTableContent } from '../../shared/department/content';
import type { StoredDocument } from './projectDocuments';
import { stmt } from './statements';

function yearDocuments<C>(table: 'department_table' | 'department_evaluation', schema: z.ZodType<C>, formName: string) {
  function parse(year: number, json: string): C {
    const parsed = schema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new AppError('internal', `${year}年的${formName}数据无法读取：${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  }

  /** As an editor opens it: with its revision and the time of its last write (none yet: null, revision 0). */
  function stored(db: Database, year: number): StoredDocument<C> {
    const row = stmt(db, `SELECT content, revision, updated_at FROM ${table} WHERE year = ?`).get(year) as
      { content: string; revision: number; updated_at: string } | undefined;
    return row ? { content: parse(year, row.content), revision: row.revision, updatedAt: row.updated_at } : { content: null, revision: 0, updatedAt: null };
  }

  const get = (db: Database, year: number): C | null => stored(db, year).content;

  /** Writes the year's document whole, raising its revision. */
  function write(db: Database, year: number, content: C): void {
    const now = new Date().toISOString();
    stmt(
      db,
      `INSERT INTO ${table} (year, content, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (year) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at, revision = ${table}.revision + 1`,
    ).run(year, JSON.stringify(schema.parse(content)), now, now);
  }

  /** The years that have one, oldest first. */
  const years = (db: Database): number[] => (stmt(db, `SELECT year FROM ${table} ORDER BY year`).all() as { year: number }[]).map((r) => r.year);

  return { stored, get, write, years };
}

/** The 部门整体支出绩效目标表 of each year. */
export const departmentTables = yearDocuments<DepartmentTableContent>('department_table', departmentTableContent, '部门整体支出绩效目标表');

/** The 部门整体支出绩效自评表 of each year. */
export const departmentEvaluations = yearDocuments<DepartmentEvaluationContent>('department_evaluation', departmentEvaluationContent, '部门整体支出绩效自评表');
