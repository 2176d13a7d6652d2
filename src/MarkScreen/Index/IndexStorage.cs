using System.IO.MemoryMappedFiles;

namespace MarkScreen.Index;

internal interface IIndexStorage : IDisposable
{
    ReadOnlySpan<byte> Bytes(IndexSection section);
}

/// <summary>
/// Sections held in the managed arrays or lists the builder made (a freshly built index), viewed as bytes in place:
/// copying a gigabyte of arrays into byte arrays cost a sixth of a 3M-mark build, and copying the builder's lists
/// into arrays (290 MB at 3M marks, every page of it faulted in fresh) took 1.4 s more.
/// </summary>
internal sealed class ManagedStorage(object?[] sections) : IIndexStorage
{
    public ReadOnlySpan<byte> Bytes(IndexSection section) => sections[(int)section] switch
    {
        byte[] b => b,
        int[] i => System.Runtime.InteropServices.MemoryMarshal.AsBytes(i.AsSpan()),
        long[] l => System.Runtime.InteropServices.MemoryMarshal.AsBytes(l.AsSpan()),
        ulong[] u => System.Runtime.InteropServices.MemoryMarshal.AsBytes(u.AsSpan()),
        char[] c => System.Runtime.InteropServices.MemoryMarshal.AsBytes(c.AsSpan()),
        ArraySegment<ulong> u => System.Runtime.InteropServices.MemoryMarshal.AsBytes(u.AsSpan()),
        List<byte> b => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(b),
        List<int> i => System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(i)),
        List<long> l => System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(l)),
        List<char> c => System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c)),
        null => [],
        var other => throw new InvalidOperationException($"index section of unexpected type {other.GetType()}"),
    };

    public void Dispose() { }
}

/// <summary>
/// Sections read in place from a memory-mapped index file: loading costs a header check, and pages are read from
/// the OS cache on first touch, shared between processes. Unsafe code lives here and nowhere else.
/// <para>
/// Sections that matching reads at random can be copied into memory backed by 2 MB pages instead
/// (<see cref="CopyToHugePages"/>): with 4 KB pages nearly every look-up in a 30-200 MB section also missed the TLB,
/// and in a virtual machine each such miss walks two sets of page tables. Copies are private to the process.
/// </para>
/// </summary>
internal sealed unsafe class MappedStorage : IIndexStorage
{
    private readonly string _path;
    /// <summary>The file the mapping was made from, which copies are read from too: a rebuild renames a new index over the path, and its sections are elsewhere.</summary>
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _handle;
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly (long Offset, long Length)[] _sections;
    /// <summary>Each section's copy in huge pages, or null where it is read from the mapping.</summary>
    private readonly byte*[] _copies;
    /// <summary>The regions the copies live in, freed on dispose.</summary>
    private readonly List<nint> _regions = [];
    private readonly Lock _copying = new();

    public MappedStorage(string path, (long Offset, long Length)[] sections)
    {
        _path = path;
        _sections = sections;
        _copies = new byte*[sections.Length];
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            _file = MemoryMappedFile.CreateFromFile(_handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        }
        catch
        {
            _handle.Dispose();
            throw;
        }
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + _view.PointerOffset;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Bytes(IndexSection section)
    {
        var (offset, length) = _sections[(int)section];
        var copy = _copies[(int)section];
        return new ReadOnlySpan<byte>(copy != null ? copy : _base + offset, checked((int)length));
    }

    /// <summary>
    /// Copies <paramref name="sections"/> (those not copied yet) from the file into one region of memory the kernel is
    /// asked to back with transparent huge pages, each section on its own cache lines; returns the bytes copied. One
    /// region rather than one per section: a section of a few kilobytes would otherwise hold a whole 2 MB page. Readers
    /// switch to a copy once it is complete, so this may run while others match. Nothing is copied where the kernel has
    /// no transparent huge pages: the copy would cost memory and gain nothing.
    /// </summary>
    public long CopyToHugePages(IEnumerable<IndexSection> sections)
    {
        if (!HugePages.Available) return 0;
        lock (_copying)
        {
            var wanted = sections.Distinct().Where(s => _copies[(int)s] == null && _sections[(int)s].Length > 0).ToList();
            var total = wanted.Sum(s => AlignToLine(_sections[(int)s].Length));
            if (total == 0) return 0;
            byte* region;
            try
            {
                region = HugePages.Allocate(total);
            }
            catch (OutOfMemoryException)
            {
                return 0; // the copies are a speed-up: without memory for them, the mapping serves
            }
            var places = new byte*[wanted.Count];
            long at = 0;
            try
            {
                for (var i = 0; i < wanted.Count; i++)
                {
                    var (offset, length) = _sections[(int)wanted[i]];
                    places[i] = region + at;
                    at += AlignToLine(length);
                    // Read from the file, not the mapping, so that the section's pages are not also resident in the mapping.
                    var target = new Span<byte>(places[i], checked((int)length));
                    for (var done = 0; done < target.Length;)
                    {
                        var read = RandomAccess.Read(_handle, target[done..], offset + done);
                        if (read <= 0) throw new InvalidDataException($"{_path} is truncated (section {wanted[i]}).");
                        done += read;
                    }
                }
            }
            catch
            {
                HugePages.Free(region);
                throw;
            }
            // Published after every copy is complete, so that readers never see a partial one.
            Interlocked.MemoryBarrier();
            for (var i = 0; i < wanted.Count; i++) _copies[(int)wanted[i]] = places[i];
            _regions.Add((nint)region);
            return wanted.Sum(s => _sections[(int)s].Length);
        }
    }

    private static long AlignToLine(long length) => (length + 63) & ~63L;

    public void Dispose()
    {
        Array.Clear(_copies);
        foreach (var region in _regions) HugePages.Free((byte*)region);
        _regions.Clear();
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
        _handle.Dispose();
    }
}

/// <summary>Memory aligned to 2 MB and advised for transparent huge pages (Linux).</summary>
internal static unsafe partial class HugePages
{
    private const nuint Size = 2 << 20;
    private const int MadviseHugePage = 14;

    /// <summary>
    /// Whether the kernel backs advised memory with huge pages: Linux with transparent huge pages "always" or
    /// "madvise" (the mode in brackets in /sys/kernel/mm/transparent_hugepage/enabled).
    /// </summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && Mode() is "always" or "madvise";

    private static string? Mode()
    {
        try
        {
            var text = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
            int open = text.IndexOf('[', StringComparison.Ordinal), close = text.IndexOf(']', StringComparison.Ordinal);
            return open >= 0 && close > open ? text[(open + 1)..close] : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>At least <paramref name="length"/> bytes, rounded up to whole huge pages, advised before the first touch.</summary>
    public static byte* Allocate(long length)
    {
        var size = ((nuint)length + Size - 1) & ~(Size - 1);
        var memory = (byte*)System.Runtime.InteropServices.NativeMemory.AlignedAlloc(size, Size);
        // Advice only: where the kernel declines, the copy still works, in small pages.
        _ = Madvise(memory, size, MadviseHugePage);
        return memory;
    }

    public static void Free(byte* memory) => System.Runtime.InteropServices.NativeMemory.AlignedFree(memory);

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "madvise")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static partial int Madvise(void* address, nuint length, int advice);
}

/// <summary>Software prefetch, for look-ups whose addresses are all known before any is needed.</summary>
internal static unsafe class CacheLines
{
    /// <summary>Asks the core to start loading the line holding <paramref name="span"/>[<paramref name="index"/>], without waiting for it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(ReadOnlySpan<T> span, int index)
    {
        ref readonly var item = ref span[index];
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.CompilerServices.Unsafe.AsRef(in item)));
    }
}
