using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace MarkScreen.Index;

/// <summary>
/// Asks the processor to start loading a cache line that will be read soon, without waiting for it: how a loop
/// keeps several independent cache misses in flight. A no-op where the instruction set has no prefetch.
/// </summary>
internal static unsafe class Prefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Line<T>(ReadOnlySpan<T> span, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)span.Length)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in span[index])));
    }
}
