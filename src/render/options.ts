/** What every renderer is told besides the report. */
import type { Lang } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** Decimal mark for human formats; null: the language's own (comma in Vietnamese). */
  decimal?: ',' | '.' | null;
}
