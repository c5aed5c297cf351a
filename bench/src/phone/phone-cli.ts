// `pnpm bench:phone`: only the phone section of `pnpm bench` (needs `pnpm build` first).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { resultsDir } from '../paths.js';
import { formatSection } from '../report/format-table.js';
import { measurePhone } from './phone-bench.js';
import { phoneSection } from './phone-section.js';

const section = phoneSection(await measurePhone());
await mkdir(resultsDir, { recursive: true });
const { name, title, method, figures, notes, data } = section;
await writeFile(
  join(resultsDir, `${name}.json`),
  `${JSON.stringify(
    {
      name,
      title,
      measuredAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage1m: loadavg()[0] },
      method,
      figures,
      notes,
      data,
    },
    null,
    2,
  )}\n`,
);
console.info(formatSection(section));
