// Budget for the critical-path engine, measured with vitest's bench fixture (tinybench) and asserted on its statistics.
import { expect, test } from 'vitest';
import { solvePlan, type TaskRow } from '../../src/lib/critical-path-engine';

/** A layered network of 500 tasks: 25 layers of 20, each task depending on three tasks of the layer before. */
function network(count: number, width = 20): TaskRow[] {
  return Array.from({ length: count }, (_, i) => {
    const layer = Math.floor(i / width);
    const deps = layer === 0 ? [] : [0, 7, 13].map((offset) => `T${(layer - 1) * width + ((i + offset) % width)}`);
    return { id: `T${i}`, name: `Task ${i}`, duration: String(1 + ((i * 7) % 9)), dependsOn: deps.join(', ') };
  });
}

const plan = network(500);

test('500 tasks solve in under 50 ms', async ({ bench }) => {
  const solved = solvePlan(plan);
  expect(solved.ok).toBe(true);
  const result = await bench('solve a 500-task plan', () => {
    solvePlan(plan);
  }).run();
  expect(result.latency.p99).toBeLessThan(50);
});
