/**
 * The config file's part in the options of `reconcile`, `stats` and `validate`: its defaults fill the
 * options the user did not type (an option commander filled with its own default counts as not
 * typed), its columns go before `--map` (so `--map` wins), its status labels are passed on.
 */
import type { Command } from 'commander';
import type { AuditConfig } from '../core/config.js';
import { readAuditConfig } from '../io/read-config.js';
import { LANGS } from '../render/labels.js';
import { isLang } from '../messages/lang.js';
import { normaliseAuditOptions, type AuditCommandOptions, type RawAuditOptions } from './audit-options.js';
import type { CommandContext } from './context.js';

/**
 * The options of `reconcile` and `stats`: the config applied, then checked. Messages follow the
 * config's language from the moment it is known (a mistake in the options is then worded in it).
 */
export async function commandOptionsOf(
  raw: RawAuditOptions,
  cmd: Command,
  ctx: CommandContext,
): Promise<AuditCommandOptions> {
  const merged = await applyConfigFile(raw, cmd, ctx.io.cwd);
  if (isLang(merged.lang)) ctx.useLang(merged.lang);
  const opts = normaliseAuditOptions(merged, ctx.io.env, ctx.lang, ctx.io.stdoutIsTTY);
  ctx.useLang(opts.lang);
  return opts;
}

/** Read the config (named by `--config`, else found in `cwd`) and apply it to the raw options. */
export async function applyConfigFile(raw: RawAuditOptions, cmd: Command, cwd: string): Promise<RawAuditOptions> {
  return applyConfig(
    raw,
    await readAuditConfig(raw.config, cwd, { langs: LANGS }),
    (key) => cmd.getOptionValueSource(key) === 'default',
  );
}

export function applyConfig(
  raw: RawAuditOptions,
  config: AuditConfig | null,
  isDefault: (key: string) => boolean = () => false,
): RawAuditOptions {
  if (config === null) return raw;
  const out: RawAuditOptions = {
    ...raw,
    statusLabels: config.statusLabels,
    ...(config.origin ? { configFile: config.origin } : {}),
  };
  const filled = new Set<string>();
  for (const [key, value] of Object.entries(config.defaults)) {
    // The config's `unit` names the unit of unit-less files: the option `--unit-name` (`--unit` selects).
    const k = (key === 'unit' ? 'unitName' : key) as keyof RawAuditOptions;
    if (raw[k] === undefined || isDefault(k)) {
      (out as Record<string, unknown>)[k] = value;
      filled.add(k);
    }
  }
  out.fromConfig = filled;
  // --map wins: a field it names takes only the headers given there, not the config's.
  const typed = new Set((raw.map ?? []).map((m) => m.slice(0, Math.max(m.indexOf('='), 0)).trim()));
  const fromConfig = Object.entries(config.columns).filter(([field]) => !typed.has(field));
  out.map = [
    ...fromConfig.flatMap(([field, headers]) => headers.map((header) => `${field}=${header}`)),
    ...(raw.map ?? []),
  ];
  return out;
}
