/**
 * Plain data as TypeScript source, the way the definition files are written: unquoted keys
 * where they are identifiers, single-quoted strings, short lists on one line. `code` marks text
 * that is printed as it is (a constant such as ADMIN).
 */
export class Code {
  constructor(readonly text: string) {}
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const LINE = 110;

export function sourceOf(value: unknown, indent = ''): string {
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === null || typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => sourceOf(item, inner))
    : Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => `${IDENTIFIER.test(key) ? key : sourceOf(key)}: ${sourceOf(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const flat = items.length ? `${open}${items.join(', ')}${close}` : Array.isArray(value) ? '[]' : '{}';
  if (flat.length + indent.length <= LINE && !flat.includes('\n')) return flat;
  return `${open.trim()}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close.trim()}`;
}
