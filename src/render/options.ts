/** What every renderer is told besides the report. */
import type { Lang } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  color: boolean;
}
