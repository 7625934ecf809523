declare const MADE_FROM: unique symbol;

/**
 * JSON already serialised to the UTF-8 bytes an answer sends, typed by the value it was made
 * from: what the bytes hold stays known to the compiler (and to the OpenAPI document).
 */
export type JsonBytes<T> = Buffer & { readonly [MADE_FROM]?: T };

export const jsonBytes = <T>(value: T): JsonBytes<T> => Buffer.from(JSON.stringify(value));
