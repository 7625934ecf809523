/**
 * A JSON value with some keys dropped and its strings rewritten, copied only where something
 * changes (most values hold nothing to rewrite, and come back as themselves). Buffers and dates
 * are left as they are.
 */
export function rewriteJson<T>(value: T, rules: { dropKey?: (key: string) => boolean; string?: (text: string) => string }): T {
  if (typeof value === 'string') return (rules.string ? rules.string(value) : value) as T;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Date) return value;
  let changed = false;
  const rewrite = (inner: unknown) => {
    const rewritten = rewriteJson(inner, rules);
    changed ||= rewritten !== inner;
    return rewritten;
  };
  if (Array.isArray(value)) {
    const out = value.map(rewrite);
    return (changed ? out : value) as T;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (rules.dropKey?.(key)) changed = true;
    else out[key] = rewrite(inner);
  }
  return (changed ? out : value) as T;
}
