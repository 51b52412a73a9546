export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare const NO_WEBGL_ARGS: readonly string[];
