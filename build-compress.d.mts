/** Types of build-compress.mjs, for the TypeScript that imports it (the engine bundle bench and the guard test). */
export declare function compress(code: string, module?: boolean, engine?: boolean): Promise<string>;
