/**
 * Finding and reading the config file: `--config <file>` when given, else `tthc-audit.config.json` in
 * the working directory when there is one (the caller passes the directory: io never asks the
 * process). JSON syntax errors point at their line and column; content errors name the key.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, parseConfig, type AuditConfig, type ConfigChoices } from '../core/config.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { gotOf } from '../messages/json-problems.js';
import { checkEncodingName } from './decode.js';
import { fingerprintOf } from './open-input.js';

/** The config to use, or null when none was named and the working directory has none. */
export async function readAuditConfig(
  named: string | undefined,
  cwd: string,
  choices: ConfigChoices,
): Promise<AuditConfig | null> {
  const file = named ?? CONFIG_FILE_NAME;
  const path = named ?? join(cwd, CONFIG_FILE_NAME);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (named === undefined && code === 'ENOENT') return null;
    throw new AuditError(
      'E_NO_FILE',
      code === 'ENOENT'
        ? say('fileNotFound', { role: 'config' })
        : say('cannotRead', { role: 'config', code: code ?? String(err) }),
      { place: { file } },
    );
  }
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new AuditError(
      'E_CONFIG',
      say('notJson', { role: 'config', detail: (err as Error).message.replace(/ in JSON at position \d+.*$/, '') }),
      { place: { file, ...jsonPlace(text, err) } },
    );
  }
  try {
    const config = parseConfig(json, file, choices);
    if (config.defaults.encoding !== undefined) checkConfigEncoding(config.defaults.encoding, file);
    return { ...config, origin: { path: file, ...fingerprintOf(bytes) } };
  } catch (err) {
    if (err instanceof ConfigError)
      throw new AuditError('E_CONFIG', say('badConfig', { problem: err.problem }), { place: { file } });
    throw err;
  }
}

function checkConfigEncoding(name: string, file: string): void {
  try {
    checkEncodingName(name);
  } catch {
    throw new AuditError(
      'E_CONFIG',
      say('badConfig', {
        problem: { kind: 'expected', key: 'defaults.encoding', expected: { kind: 'encoding' }, got: gotOf(name) },
      }),
      { place: { file } },
    );
  }
}

/** Line and column of a JSON.parse error, from the "at position N" in its message. */
function jsonPlace(text: string, err: unknown): { line?: number; column?: number } {
  const m = /at position (\d+)/.exec(String((err as Error).message));
  if (!m) return {};
  const before = text.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
