/**
 * Where the rendered report goes: `--output <file>` (atomically, see io/write-output.ts) or stdout.
 * Text formats are text; a binary format (xlsx) is bytes, and bytes are never written to a terminal.
 */
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { UTF8_BOM, writeFileAtomic } from '../io/write-output.js';
import { BINARY_FORMATS, type Format, type Rendered } from '../render/index.js';
import type { CommandIO } from './context.js';

/** Refuse, before any work, to send a binary format to a terminal. */
export function checkReportDestination(format: Format, output: string | null, stdoutIsTTY: boolean): void {
  if (BINARY_FORMATS.includes(format) && output === null && stdoutIsTTY) {
    throw new AuditError('E_USAGE', say('binaryToTerminal', { format }));
  }
}

export async function writeReport(
  rendered: Rendered,
  output: string | null,
  bom: boolean,
  io: CommandIO,
): Promise<void> {
  if (output === null) {
    if (bom && !(rendered instanceof Uint8Array)) io.stdout(UTF8_BOM);
    if (typeof rendered === 'string' || rendered instanceof Uint8Array) io.stdout(rendered);
    else for (const piece of rendered.stream) io.stdout(piece);
  } else {
    await writeFileAtomic(output, rendered, { bom: bom && !(rendered instanceof Uint8Array) });
  }
}
