/** `--form 06a --format json`: the form report as it is (core/form-report.ts); field names are a contract. */
import type { FormReport } from '../core/form-report.js';

export function renderFormJson(report: FormReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
