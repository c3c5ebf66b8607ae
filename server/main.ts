/**
 * `npm start`: build the client when dist/ is missing or older than its sources, then start
 * the server (server/serve.ts).
 */
import { buildClientIfNeeded } from './client-build.ts';

try {
  await buildClientIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import('./serve.ts');
