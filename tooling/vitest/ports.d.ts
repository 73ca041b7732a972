/**
 * A port nothing listens on now (the operating system's pick, released at once). Servers started
 * by tests and benches take one instead of a fixed port, so two runs on one machine never meet.
 */
export declare function freePort(): Promise<number>;
