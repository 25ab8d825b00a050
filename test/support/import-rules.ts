import path from 'node:path';

export interface ImportRule {
  folder: string;
  /** Package specifiers, or prefixes of them, that files in the folder must not import. */
  forbidden: string[];
  /** Top-level folders of the repository that relative imports must not reach into. */
  forbiddenFolders?: string[];
}

const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/**
 * The forbidden module specifiers a source file imports (comments ignored). Relative
 * specifiers are resolved against `file` (relative to `root`) and checked by top-level folder.
 */
export function findForbiddenImports(source: string, rule: ImportRule, file = '', root = ''): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of code.matchAll(SPECIFIER)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (rule.forbidden.some((f) => spec === f || spec.startsWith(`${f}/`))) found.push(spec);
    else if (spec.startsWith('.') && file && rule.forbiddenFolders?.length) {
      const target = path.relative(root, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
      if (rule.forbiddenFolders.includes(target)) found.push(spec);
    }
  }
  return found;
}
