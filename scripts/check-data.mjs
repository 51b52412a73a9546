// npm run check-data: validate every operation folder (schema + invariants); exit 1 on any problem.
import { runnerImport } from 'vite';

const { module } = await runnerImport('/build/check-data.ts', { configFile: false, logLevel: 'error' });
const { problemText } = (
  await runnerImport('/src/data/check/check-operation.ts', { configFile: false, logLevel: 'error' })
).module;
let n = 0;
for (const { slug, problems } of module.checkAll()) {
  n += problems.length;
  console.log(
    `${problems.length ? '✗' : '✓'} ${slug}${problems.length ? `: ${problems.length} problem(s)` : ''}`,
  );
  for (const p of problems) console.log(`  ${problemText(p)}`);
}
if (n) {
  console.error(`\ncheck-data: ${n} problem(s).`);
  process.exit(1);
}
console.log('check-data: every operation is valid.');
