/** Types of build-mangle.mjs, for the TypeScript that imports it (the bench and the guard test). */
export declare const MANGLED_PROPS: readonly string[];
export declare const mangleOptions: Readonly<{ mangleProps: RegExp }>;
