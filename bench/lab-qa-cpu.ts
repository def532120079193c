/**
 * Lab (not part of `npm run bench`): CPU time of checkUnit over 100,000 synthetic units, A/B
 * interleaved against a copy of the old lib at OLD (default /tmp/qaold/lib), as a ratio of
 * process.cpuUsage(). Results are compared unit by unit first.
 *   node --import tsx bench/lab-qa-cpu.ts
 */

import type { QaUnitInput } from "@/lib/qa/check-unit";
import { checkUnit as checkNew } from "@/lib/qa/check-unit";
import { checkNumbers } from "@/lib/qa/checks/number";
import { syntheticSentences } from "./synthetic";

async function main() {
  const old = process.env.OLD ?? "/tmp/qaold/lib";
  const { checkUnit: checkOld } = (await import(`${old}/qa/check-unit.ts`)) as { checkUnit: typeof checkNew };
  const { checkNumbers: numbersOld } = (await import(`${old}/qa/checks/number.ts`)) as { checkNumbers: typeof checkNumbers };
  // Through JSON, as flat strings like the database driver's: the generator's concatenations are
  // rope strings, and flattening them on first read would be counted as the checks' time.
  const units: QaUnitInput[] = JSON.parse(
    JSON.stringify(syntheticSentences(100_000).map((s) => ({ hindi: [s.hindi], english: s.english }))),
  );
  for (let i = 0; i < units.length; i++) {
    if (JSON.stringify(checkNew(units[i])) !== JSON.stringify(checkOld(units[i]))) throw new Error(`differs at ${i}`);
  }
  const numbers = (f: typeof checkNumbers) => (u: QaUnitInput) => f(u.hindi[0], u.english);
  const only = process.env.ONLY === "number";
  const [A, B] = only ? [numbers(numbersOld), numbers(checkNumbers)] : [checkOld, checkNew];
  const cpu = (f: (u: QaUnitInput) => unknown[]) => {
    const t = process.cpuUsage();
    let n = 0;
    for (const u of units) n += f(u).length;
    const d = process.cpuUsage(t);
    return { ms: (d.user + d.system) / 1000, n };
  };
  const ratios: number[] = [];
  for (let r = 0; r < 7; r++) {
    const a = cpu(A);
    const b = cpu(B);
    ratios.push(b.ms / a.ms);
    console.log(
      `round ${r}: old ${a.ms.toFixed(0)} ms, new ${b.ms.toFixed(0)} ms, ratio ${(b.ms / a.ms).toFixed(3)} (issues ${a.n}/${b.n})`,
    );
  }
  ratios.sort((x, y) => x - y);
  console.log(`median ratio new/old ${ratios[3].toFixed(3)}`);
}
void main();
