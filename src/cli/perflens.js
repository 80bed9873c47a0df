#!/usr/bin/env node
// Entry of `npx perflens …`: registers the TypeScript loader, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const entry = new URL('./main.ts', import.meta.url).href;
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
