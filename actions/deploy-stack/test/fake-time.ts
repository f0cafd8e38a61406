/** A clock that moves only when the code under test sleeps: no test waits. */
export function fakeTime() {
  let t = 0;
  const calls: number[] = [];
  return {
    clock: { now: () => t },
    sleep: async (ms: number) => {
      t += ms;
    },
    calls,
    at: () => t,
  };
}
