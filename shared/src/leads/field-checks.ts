import type { FieldProblem } from '../errors.js';

/** Collects field problems while reading an untyped object; every check names its field. */
export class FieldReader {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly source: Record<string, unknown>, private readonly prefix = '') {}

  private path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  problem(field: string, reason: string): void {
    this.problems.push({ field: this.path(field), reason });
  }

  raw(field: string): unknown {
    return this.source[field];
  }

  string(field: string, opts: { required?: boolean; max: number }): string | undefined {
    const value = this.source[field];
    if (value === undefined || value === null || value === '') {
      if (opts.required) this.problem(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(field, 'must be a string');
      return undefined;
    }
    const text = String(value).trim();
    if (text === '') {
      if (opts.required) this.problem(field, 'is required');
      return undefined;
    }
    if (text.length > opts.max) {
      this.problem(field, `must be at most ${opts.max} characters`);
      return undefined;
    }
    return text;
  }

  number(field: string, opts: { min: number; max: number }): number | undefined {
    const value = this.source[field];
    if (value === undefined || value === null || value === '') return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    if (!Number.isFinite(n)) {
      this.problem(field, 'must be a number');
      return undefined;
    }
    if (n < opts.min || n > opts.max) {
      this.problem(field, `must be between ${opts.min} and ${opts.max}`);
      return undefined;
    }
    return n;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], opts: { required?: boolean }): T | undefined {
    const text = this.string(field, { required: opts.required, max: 64 });
    if (text === undefined) return undefined;
    const upper = text.toUpperCase() as T;
    if (!allowed.includes(upper)) {
      this.problem(field, `must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return upper;
  }

  array(field: string, max: number): unknown[] {
    const value = this.source[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(field, 'must be a list');
      return [];
    }
    if (value.length > max) {
      this.problem(field, `must have at most ${max} items`);
      return [];
    }
    return value;
  }

  object(field: string, opts: { required?: boolean }): Record<string, unknown> | undefined {
    const value = this.source[field];
    if (value === undefined || value === null) {
      if (opts.required) this.problem(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.problem(field, 'must be an object');
      return undefined;
    }
    return value as Record<string, unknown>;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
