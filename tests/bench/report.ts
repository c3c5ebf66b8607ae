/** The printed table, the target check and the JSON file: one set of figures, three views. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ratio, type Figures } from './figures.ts';
import type { BenchOptions, ContenderName } from './options.ts';
import { OPERATION_LABELS, type OperationName } from './workload.ts';

export interface Row {
  products: number;
  database: 'sqlite' | 'postgres';
  operation: OperationName;
  figures: Partial<Record<ContenderName, Figures>>;
}

export interface TargetCheck {
  target: string;
  operation: OperationName;
  measured?: number;
  required: number;
  met?: boolean;
}

/**
 * Issue 15: at 100,000 products on SQLite, getOne ≥ 0.35 and the list with its count ≥ 0.8 of the
 * floor's throughput; issue 6: both ≥ 20 × json-server.
 */
const TARGETS: { operation: OperationName; other: ContenderName; required: number }[] = [
  { operation: 'get-one', other: 'floor', required: 0.35 },
  { operation: 'list', other: 'floor', required: 0.8 },
  { operation: 'get-one', other: 'json-server', required: 20 },
  { operation: 'list', other: 'json-server', required: 20 },
];

export function checkTargets(rows: readonly Row[]): TargetCheck[] {
  return TARGETS.map(({ operation, other, required }) => {
    const row = rows.find((r) => r.products === 100_000 && r.database === 'sqlite' && r.operation === operation);
    const measured = row ? ratio(row.figures.api, row.figures[other]) : undefined;
    return { target: `API / ${other}`, operation, measured, required, met: measured === undefined ? undefined : measured >= required };
  });
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const cell = (f: Figures | undefined) =>
  f ? `${fmt(f.rps)} ${fmt(f.p50, 1)}/${fmt(f.p99, 1)}${f.cpuUs === undefined ? '' : ` ${fmt(f.cpuUs)}µs`}${f.errors ? ` !${f.errors}err` : ''}` : '—';

export function formatTable(rows: readonly Row[], checks: readonly TargetCheck[]): string {
  const header = ['products', 'db', 'operation', 'API req/s p50/p99 ms CPU', 'floor req/s p50/p99 ms CPU', 'raw req/s p50/p99 ms', 'json-server req/s p50/p99 ms CPU', 'API/floor', 'API/raw', 'API/json-srv'];
  const body = rows.map((r) => [
    r.products.toLocaleString('en'),
    r.database,
    r.operation,
    cell(r.figures.api),
    cell(r.figures.floor),
    cell(r.figures.raw),
    cell(r.figures['json-server']),
    fmt(ratio(r.figures.api, r.figures.floor), 2),
    fmt(ratio(r.figures.api, r.figures.raw), 2),
    fmt(ratio(r.figures.api, r.figures['json-server']), 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const legend = [...new Set(rows.map((r) => r.operation))].map((op) => `  ${op}: ${OPERATION_LABELS[op]}`);
  const targets = checks.map(
    (c) =>
      `  ${c.operation} ${c.target} ≥ ${c.required}: ${fmt(c.measured, 2)} ${c.met === undefined ? '(not measured)' : c.met ? 'MET' : 'NOT MET'}`,
  );
  const notes = ['CPU: the server process\'s CPU time per request in µs (the cost without the shared machine\'s noise)'];
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', ...notes, '', 'operations:', ...legend, '', 'targets (100,000 products, SQLite):', ...targets].join('\n');
}

export function writeJson(file: string, options: BenchOptions, rows: readonly Row[], checks: readonly TargetCheck[]): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const settings = { seconds: options.seconds, connections: options.connections, sizes: options.sizes, contenders: options.contenders, postgres: Boolean(options.postgresUrl) };
  const results = rows.map((r) => ({
    ...r,
    label: OPERATION_LABELS[r.operation],
    apiOverFloor: ratio(r.figures.api, r.figures.floor),
    apiOverRaw: ratio(r.figures.api, r.figures.raw),
    apiOverJsonServer: ratio(r.figures.api, r.figures['json-server']),
  }));
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, settings, results, targets: checks }, null, 2)}\n`);
}
