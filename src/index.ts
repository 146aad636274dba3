// GitHub stage (entry point of dist/index.js): only starts the action; everything is in src/github/main.ts.
import { run } from './github/main.js';

void run();
