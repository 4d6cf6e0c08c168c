export declare const SERVER_HEAP_MIB: number;
export declare const SERVER_MALLOC_ARENAS: number;
export declare function serverNodeOptions(existing?: string): string;
export declare function serverEnvironment(env?: Record<string, string | undefined>): {
  NODE_OPTIONS: string;
  MALLOC_ARENA_MAX: string;
};
