namespace MarkScreen.Tests;

/// <summary>
/// What a piece of work allocates on this thread once warm. The runtime's tier-up (a method recompiled in the
/// background after enough calls, or a loop moved to optimised code mid-run) can land inside a measured round when
/// other tests load the machine, and its bookkeeping is counted against the thread that triggered it. So the work is
/// measured in several rounds and the quietest one counts: code that allocates per call allocates in every round.
/// </summary>
internal static class Allocations
{
    public static long InSteadyState(Action round, int rounds = 5)
    {
        round();
        var least = long.MaxValue;
        for (var r = 0; r < rounds && least > 0; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            round();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return least;
    }
}
