/** CPU time a child process has used, from Linux /proc: what a request costs when the machine is not shared. */
import fs from 'node:fs';

/** user + system CPU of a process in ms, from /proc/<pid>/stat (clock ticks of 10 ms); null elsewhere. */
export function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
