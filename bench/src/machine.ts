/** The machine a bench run came from: CPU model, cores, memory, Node, OS. */
import * as os from 'node:os';

/** Facts printed with every result table. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverage: number;
  /** NODE_EXTRA_CA_CERTS was set here (it is left out of the timed processes' environment: processes.ts, PROCESS_ENV). */
  extraCaCertsLeftOut: boolean;
}

/** Reads the facts of this machine (call it when the run starts: the load average is taken then). */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    extraCaCertsLeftOut: process.env.NODE_EXTRA_CA_CERTS !== undefined,
  };
}
