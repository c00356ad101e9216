/** Output of `policyvakt check`: ESLint-style text with line:column, or JSON. */
import type { Finding, LintResult, Severity } from '../engine/types';

export interface CheckedFile {
  file: string;
  text: string;
  result: LintResult;
}

/** 1-based line and column (UTF-16 units, as ESLint counts) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export function formatText(files: CheckedFile[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { file, text, result } of files) {
    const lix = result.lix === null ? '–' : result.lix.toFixed(1);
    lines.push(`${file}  ${paint(DIM, `(språk ${result.language}, LIX ${lix})`)}`);
    for (const finding of result.findings) {
      totals[finding.severity]++;
      const { line, column } = lineAndColumn(text, finding.start);
      lines.push(
        `  ${`${line}:${column}`.padEnd(7)} ${paint(COLORS[finding.severity], finding.severity.padEnd(7))}  ${finding.message}  ${paint(DIM, finding.ruleId)}`,
      );
      if (finding.suggestions.length > 0) lines.push(`  ${' '.repeat(17)}${paint(DIM, `→ ${finding.suggestions.join(' | ')}`)}`);
    }
    lines.push('');
  }
  const total = totals.error + totals.warning + totals.info;
  lines.push(
    total === 0
      ? '✓ no problems'
      : `✖ ${total} problem${total === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info} info)`,
  );
  return lines.join('\n');
}

export function formatJson(files: CheckedFile[]): string {
  return JSON.stringify(
    files.map(({ file, result }) => ({
      file,
      language: result.language,
      lix: result.lix,
      findings: result.findings.map(
        ({ ruleId, category, severity, start, end, message, suggestions, policyRef, template }: Finding) => ({
          ruleId,
          category,
          severity,
          start,
          end,
          message,
          suggestions,
          policyRef,
          ...(template ? { template } : {}),
        }),
      ),
    })),
    null,
    2,
  );
}
