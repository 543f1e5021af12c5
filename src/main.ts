/** The executable's entry: run the CLI as this process. */
import { runAsProcess } from './cli.js';

runAsProcess();
