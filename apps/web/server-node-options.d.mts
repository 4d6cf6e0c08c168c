export declare const SERVER_HEAP_MIB: number;
export declare function serverNodeOptions(existing?: string): string;
