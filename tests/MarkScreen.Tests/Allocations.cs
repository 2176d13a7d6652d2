namespace MarkScreen.Tests;

/// <summary>
/// What a piece of work allocates once warm. The runtime's tier-up (a method recompiled in the background after
/// enough calls, or a loop moved to optimised code mid-run) can land inside a measured round when other tests load
/// the machine, and its bookkeeping is counted against the thread that triggered it. So the work is measured in
/// several rounds and the quietest one counts: code that allocates per call allocates in every round. The rounds run
/// on a thread of their own, so that nothing else the test runner schedules is counted with them (a full CI run
/// once saw 3.9 MB in every round on a pool thread, which no run of the test alone reproduced).
/// </summary>
internal static class Allocations
{
    public static long InSteadyState(Action round, int rounds = 5)
    {
        var least = long.MaxValue;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                // Warm-up rounds with pauses between: a method is promoted after 30 calls, once the runtime has seen no
                // new tier-0 activity for 100 ms, and until its optimised code is installed every call of a method with a
                // loop moves to optimised code mid-run. One build of this suite counted 384 bytes a call in every round
                // (20 calls a round) in three runs, where the next build of the same code counted none: most likely
                // that promotion, not yet landed (not proven; the matcher's own code allocates nothing there).
                for (var w = 0; w < 3; w++)
                {
                    round();
                    Thread.Sleep(250);
                }
                for (var r = 0; r < rounds && least > 0; r++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    round();
                    least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }, maxStackSize: 16 << 20);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("the measured work failed", failure);
        return least;
    }
}
