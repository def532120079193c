export interface Postmaster {
  pid: number;
  port: number;
  file: string;
  /** The lock file's PID is dead or not PostgreSQL. */
  stale: boolean;
}
export declare function portFile(dataDir: string): string;
export declare function ownerFile(dataDir: string): string;
export declare function writePortFile(dataDir: string, port: number): void;
export declare function readPortFile(dataDir: string): number | null;
export declare function readOwner(dataDir: string): { pid: number; nextPid?: number; port?: string; pgPort?: number } | null;
export declare function writeOwner(dataDir: string, owner: { pid: number; nextPid?: number; port?: string; pgPort?: number }): void;
export declare function clearState(dataDir: string, pid?: number): void;
export declare function isAlive(pid: number): boolean;
export declare function commandOf(pid: number): string;
export declare function postmasterOf(dataDir: string): Postmaster | null;
export declare function listenerOf(port: number): { pid: number | null; command: string } | null;
