/**
 * The order `npm test` starts its files in: the process tests first, then the client's, then the
 * server's; within a project Vitest's own order (a failed file first, then the longest of the last
 * run; a clean clone has no last run and keeps the files' order).
 *
 * Why: all projects share one pool of two workers, and Vitest's default runs projects in the order
 * of their names, so the process tests came last, one file at a time, with one worker idle for
 * over a minute. Started first, they overlap with the client's files, which keep both cores busy
 * while a process test waits on the servers it started; the run ends on the server project's many
 * short files, which fill both workers to the end. Projects are not interleaved (a process test,
 * then a client file, and so on): the pool makes a project's worker anew whenever it switches
 * projects, and each new client worker loads react-admin and MUI again (tried: 100 s more CPU).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECTS_FIRST_TO_LAST = ['slow', 'client', 'server'];

const rank = (spec: TestSpecification) => {
  const index = PROJECTS_FIRST_TO_LAST.indexOf(spec.project.name);
  return index === -1 ? PROJECTS_FIRST_TO_LAST.length : index;
};

export class RunOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array sort is stable: each project keeps the order Vitest gave its files.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
