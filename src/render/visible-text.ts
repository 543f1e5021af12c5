/**
 * Text from the inputs shown on a terminal or in Markdown: control characters (C0, DEL, C1) and bidi
 * overrides are made visible as `\uXXXX`, so a cell such as ESC[2J cannot clear the screen of whoever
 * prints the table, and right-to-left overrides cannot disguise a code. Tab and line feed stay.
 */

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u0000-\u001f\u007f-\u009f]/gu;

/**
 * A dossier code as written, with every invisible character shown as `\uXXXX` (ZWJ, LRM, soft hyphen,
 * controls): what the notes show when a code's key dropped such characters.
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
