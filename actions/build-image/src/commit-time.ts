/** The commit time of a SHA from the local checkout (no API call), for the `created` label. */
export async function commitTimeFromGit(workspace: string, sha: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  const { execFile } = await import('@pipewright/shared/exec');
  try {
    const r = await execFile('git', ['-C', workspace, 'show', '-s', '--format=%cI', sha], {
      timeoutMs: 5000,
    });
    const t = r.stdout.trim();
    return r.exitCode === 0 && t ? t : undefined;
  } catch {
    return undefined;
  }
}
