/**
 * Finding and reading the config file: `--config <file>` when given, else the nearest of, from the
 * working directory up to the root, `tthc-audit.config.json` or a `package.json` with a `tthc-audit`
 * key (the caller passes the directory: io never asks the process). JSON syntax errors point at their
 * line and column; content errors name the key.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME, ConfigError, parseConfig, type AuditConfig, type ConfigChoices } from '../core/config.js';
import { AuditError } from '../errors.js';
import { say } from '../messages/errors.js';
import { gotOf } from '../messages/json-problems.js';
import { checkEncodingName } from './decode.js';
import { fingerprintOf } from './open-input.js';

/** The `package.json` key that can hold the config. */
export const PACKAGE_KEY = 'tthc-audit';

/** The config to use, or null when none was named and none is found from `cwd` up. */
export async function readAuditConfig(
  named: string | undefined,
  cwd: string,
  choices: ConfigChoices,
): Promise<AuditConfig | null> {
  if (named !== undefined) return readConfigFile(named, named, choices);
  for (let dir = cwd; ; dir = dirname(dir)) {
    const path = join(dir, CONFIG_FILE_NAME);
    const found = await readConfigFile(
      path,
      path === join(cwd, CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : path,
      choices,
      true,
    );
    if (found !== null) return found;
    const fromPackage = await readPackageConfig(join(dir, 'package.json'), choices);
    if (fromPackage !== null) return fromPackage;
    if (dirname(dir) === dir) return null;
  }
}

/** The `tthc-audit` key of a package.json, when the file exists, is JSON and has the key. */
async function readPackageConfig(path: string, choices: ConfigChoices): Promise<AuditConfig | null> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(path, 'utf8')).replace(/^\ufeff/, ''));
  } catch {
    return null; // not there, or not this tool's business
  }
  if (typeof json !== 'object' || json === null || !Object.hasOwn(json, PACKAGE_KEY)) return null;
  return checkConfig((json as Record<string, unknown>)[PACKAGE_KEY], `${path} ("${PACKAGE_KEY}")`, choices);
}

/** Read and check one config file; `optional`: null when it does not exist. */
async function readConfigFile(
  path: string,
  file: string,
  choices: ConfigChoices,
  optional = false,
): Promise<AuditConfig | null> {
  const named = optional ? undefined : path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Looking upward, a directory that has no such file (or cannot be looked into) is passed by.
    if (named === undefined && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES')) return null;
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
  // Where it was read from, its size and SHA-256, for the report's provenance.
  return { ...checkConfig(json, file, choices), origin: { path: file, ...fingerprintOf(bytes) } };
}

function checkConfig(json: unknown, file: string, choices: ConfigChoices): AuditConfig {
  try {
    const config = parseConfig(json, file, choices);
    if (typeof config.defaults.encoding === 'string') checkConfigEncoding(config.defaults.encoding, file);
    return config;
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
