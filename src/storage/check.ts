/**
 * Tiny validation combinators for untrusted values (messages from content
 * scripts, imported files). Each check returns a fresh, clean value or throws a
 * CheckError naming the offending field, so nothing unvalidated is ever used.
 */

export class CheckError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || 'value'} ${problem}`);
    this.name = 'CheckError';
  }
}

export type Check<T> = (v: unknown, path: string) => T;
/** A check marked as optional for `obj`: a missing key is left out of the result. */
export type OptionalCheck<T> = Check<T | undefined> & { optional: true };

const fail = (path: string, problem: string): never => {
  throw new CheckError(path, problem);
};

export const str =
  (max: number, min = 0): Check<string> =>
  (v, path) => {
    if (typeof v !== 'string') return fail(path, 'must be a string');
    if (v.length < min) return fail(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    if (v.length > max) return fail(path, `is too long (${v.length} characters, at most ${max})`);
    return v;
  };

export const bool: Check<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'must be true or false'));

export const int =
  (min: number, max: number): Check<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return fail(path, 'must be a whole number');
    if (v < min || v > max) return fail(path, `must be between ${min} and ${max}`);
    return v;
  };

/** Milliseconds since the epoch, within the range a Date can hold. */
export const time: Check<number> = int(0, 8.64e15);

export const oneOf =
  <T extends string | number>(values: readonly T[]): Check<T> =>
  (v, path) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : fail(path, `must be one of ${values.join(', ')}`);

export const literal =
  <T extends string | number>(value: T): Check<T> =>
  (v, path) =>
    v === value ? value : fail(path, `must be ${JSON.stringify(value)}`);

export const nullable =
  <T>(c: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : c(v, path);

export function optional<T>(c: Check<T>): OptionalCheck<T> {
  const f = ((v: unknown, path: string) => (v === undefined ? undefined : c(v, path))) as OptionalCheck<T>;
  f.optional = true;
  return f;
}

export const arrayOf =
  <T>(c: Check<T>, max: number): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'must be a list');
    if (v.length > max) return fail(path, `has too many items (${v.length}, at most ${max})`);
    return v.map((x, i) => c(x, `${path}[${i}]`));
  };

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Out<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: ReturnType<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<ReturnType<S[K]>, undefined>;
};

/**
 * An object with exactly these keys. `strict` rejects unknown keys (imported
 * files); otherwise they are dropped (messages, so an added optional field on
 * one side does not break the other).
 */
export function obj<S extends Shape>(shape: S, opts: { strict?: boolean } = {}): Check<Out<S>> {
  return (v, path) => {
    if (!isPlainObject(v)) return fail(path, 'must be an object');
    if (opts.strict) {
      for (const k of Object.keys(v)) if (!(k in shape)) fail(path ? `${path}.${k}` : k, 'is not a known field');
    }
    const out: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(shape)) {
      const here = path ? `${path}.${k}` : k;
      const present = Object.prototype.hasOwnProperty.call(v, k) && v[k] !== undefined;
      if (!present && !(c as Partial<OptionalCheck<unknown>>).optional) fail(here, 'is missing');
      const got = c(present ? v[k] : undefined, here);
      if (got !== undefined) out[k] = got;
    }
    return out as Out<S>;
  };
}

/** Runs a check and turns its failure into a value, for callers that reply rather than throw. */
export function attempt<T>(c: Check<T>, v: unknown, path = ''): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: c(v, path) };
  } catch (e) {
    if (e instanceof CheckError) return { ok: false, error: e.message };
    throw e;
  }
}

/** A string check further restricted by `test`, failing with `problem`. */
export const refine =
  <T>(c: Check<T>, test: (v: T) => boolean, problem: string): Check<T> =>
  (v, path) => {
    const got = c(v, path);
    return test(got) ? got : fail(path, problem);
  };
