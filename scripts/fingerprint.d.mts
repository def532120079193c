export declare const SOURCE_DIRS: string[];
export declare const SOURCE_FILES: string[];
/** sha256 over the paths and contents of everything `next build` reads. */
export declare function sourceFingerprint(root: string): string;
